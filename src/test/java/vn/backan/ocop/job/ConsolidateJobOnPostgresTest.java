package vn.backan.ocop.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.backan.ocop.fixtures.TestDatabase;

class ConsolidateJobOnPostgresTest extends ConsolidateJobFunctionalTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        register(registry, TestDatabase.Kind.POSTGRESQL);
    }
}
