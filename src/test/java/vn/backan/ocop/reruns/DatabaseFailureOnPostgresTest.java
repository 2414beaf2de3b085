package vn.backan.ocop.reruns;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.backan.ocop.fixtures.TestDatabase;

class DatabaseFailureOnPostgresTest extends DatabaseFailureTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        register(registry, TestDatabase.Kind.POSTGRESQL);
    }

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRESQL;
    }
}
