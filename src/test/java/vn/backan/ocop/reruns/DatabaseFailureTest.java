package vn.backan.ocop.reruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

import vn.backan.ocop.cli.Cli;
import vn.backan.ocop.fixtures.TestDatabase;
import vn.backan.ocop.fixtures.WarehouseSnapshot;
import vn.backan.ocop.job.RunCoordinator;
import vn.backan.ocop.job.RunParameters;

/**
 * The database fails in the middle of the report step, as H2 does when it runs out of memory and closes
 * itself, or any database when its disk is full: every statement fails, saving the step's metadata
 * included, then the database is back. Spring Batch marks that step and the run UNKNOWN ("should not
 * be restarted"); {@code restart} completes it all the same, and the warehouse ends equal to a clean
 * run's.
 */
@SpringBootTest
@Import(DatabaseFailureTest.FailingDatabase.class)
abstract class DatabaseFailureTest {

    @TempDir
    static Path home;

    /** Set to a piece of SQL: the database fails from the first statement containing it. */
    static volatile String failFrom;
    /** Failing: every statement fails, until {@link #metadataFailures} statements on the batch metadata have failed. */
    static volatile boolean failing;
    static volatile int metadataFailures;

    abstract TestDatabase.Kind kind();

    static void register(DynamicPropertyRegistry registry, TestDatabase.Kind kind) {
        TestDatabase db = TestDatabase.create(kind, home.resolve("failure"));
        db.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @TestConfiguration
    static class FailingDatabase {
        @Bean
        static BeanPostProcessor failingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource source ? failing(source) : bean;
                }
            };
        }
    }

    private static DataSource failing(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? failing(c) : result;
                });
    }

    private static Connection failing(Connection target) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                        String from = failFrom;
                        if (from != null && sql.contains(from)) {
                            failing = true;
                            failFrom = null;
                        }
                        if (failing) {
                            if (sql.toUpperCase(Locale.ROOT).contains("BATCH_") && --metadataFailures == 0) {
                                failing = false; // the database is back after this statement
                            }
                            throw new SQLException("injected: Out of memory, the database was closed");
                        }
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Autowired
    RunCoordinator runs;
    @Autowired
    JdbcTemplate jdbc;

    /**
     * Spring Batch saves a failed step twice (its context, then its status), each save first reading the
     * run's status: back after one failed statement, the database gets the step's UNKNOWN status; back
     * after two, the step stays STARTED there and only the run says UNKNOWN (what the user saw).
     */
    @ParameterizedTest(name = "the database back after {0} failed statement(s) on the batch metadata: the step is left {1}")
    @CsvSource({"1, UNKNOWN", "2, STARTED"})
    void aRunWhoseDatabaseFailedInTheReportStepIsLeftUnknownAndRestartCompletesIt(int failures, String stepLeft) throws Exception {
        Path out = home.resolve("out-" + failures);
        Pipeline clean = new Pipeline(home.resolve("clean-" + failures), kind());
        clean.copySample2020();
        assertThat(clean.run("consolidate")).isEqualTo(Cli.OK);

        metadataFailures = failures;
        failFrom = "left join dim_entity e";
        JobExecution failed = runs.consolidate(new RunParameters(clean.input, out, LocalDateTime.now(), null));
        assertThat(failFrom).as("the report's query ran").isNull();
        assertThat(failing).isFalse();
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.UNKNOWN);
        assertThat(jdbc.queryForObject("select status from batch_job_execution where job_execution_id = ?", String.class,
                failed.getId())).isEqualTo("UNKNOWN");
        assertThat(jdbc.queryForObject("select status from batch_step_execution where job_execution_id = ? and step_name = 'report'",
                String.class, failed.getId())).isEqualTo(stepLeft);
        assertThat(Files.exists(out.resolve("ocop-progress-2020-12-31.xlsx"))).isFalse();

        Optional<JobExecution> restarted = runs.restart();
        assertThat(restarted).isPresent();
        assertThat(restarted.get().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.get().getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(jdbc.queryForList("select status from batch_job_execution where job_instance_id = ? order by job_execution_id",
                String.class, failed.getJobInstance().getInstanceId())).containsExactly("FAILED", "COMPLETED");
        assertThat(Files.exists(out.resolve("ocop-progress-2020-12-31.xlsx"))).isTrue();
        assertThat(jdbc.queryForList("select step_name from batch_step_execution where job_execution_id = ? and status = 'COMPLETED'",
                String.class, restarted.get().getId())).contains("report", "feedback");
        assertThat(WarehouseSnapshot.of(jdbc)).isEqualTo(clean.snapshot());
        assertThat(runs.restart()).as("nothing left to restart").isEmpty();
    }
}
