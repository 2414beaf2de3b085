package vn.backan.ocop.reruns;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.backan.ocop.fixtures.TestDatabase;

class DatabaseFailureOnH2Test extends DatabaseFailureTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        register(registry, TestDatabase.Kind.H2);
    }

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
