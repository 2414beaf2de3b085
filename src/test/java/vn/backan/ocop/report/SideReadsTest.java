package vn.backan.ocop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class SideReadsTest {

    private static DataSourceTransactionManager transactions() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:side-reads");
        h2.setUser("sa");
        return new DataSourceTransactionManager(h2);
    }

    /** What a read saw of where it ran. */
    private record Seen(String thread, boolean inTransaction, boolean readOnly) {
        static Seen now() {
            return new Seen(Thread.currentThread().getName(), TransactionSynchronizationManager.isActualTransactionActive(),
                    TransactionSynchronizationManager.isCurrentTransactionReadOnly());
        }
    }

    @Test
    void withTwoThreadsReadsRunInOrderOnTheSideThreadEachInAReadOnlyTransaction() {
        List<Integer> order = new ArrayList<>();
        try (SideReads side = new SideReads(2, transactions())) {
            Future<Seen> first = side.submit(() -> {
                order.add(1);
                return Seen.now();
            });
            Future<Seen> second = side.submit(() -> {
                order.add(2);
                return Seen.now();
            });
            assertThat(SideReads.join(first)).isEqualTo(new Seen("report-side", true, true));
            assertThat(SideReads.join(second)).isEqualTo(new Seen("report-side", true, true));
        }
        assertThat(order).containsExactly(1, 2);
    }

    @Test
    void withOneThreadAReadRunsAtOnceOnTheCallersThreadInItsTransaction() {
        try (SideReads side = new SideReads(1, transactions())) {
            Future<Seen> read = side.submit(Seen::now);
            assertThat(read.isDone()).isTrue();
            assertThat(SideReads.join(read)).isEqualTo(new Seen(Thread.currentThread().getName(), false, false));
        }
    }

    @Test
    void aFailedReadIsThrownAsItWasThrownToWhoeverWaitsForIt() {
        IllegalStateException failure = new IllegalStateException("Out of memory");
        try (SideReads side = new SideReads(2, transactions())) {
            Future<Object> read = side.submit(() -> {
                throw failure;
            });
            assertThatThrownBy(() -> SideReads.join(read)).isSameAs(failure);
        }
        try (SideReads inline = new SideReads(1, transactions())) {
            assertThatThrownBy(() -> inline.submit(() -> {
                throw failure;
            })).isSameAs(failure);
        }
    }

    @Test
    void closingWaitsForAReadStillRunning() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        SideReads side = new SideReads(2, transactions());
        side.submit(() -> {
            started.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ended.set(true);
            return null;
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        side.close();
        assertThat(ended).isTrue();
    }
}
