package vn.backan.ocop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Work given to {@link Workers} all runs, side by side when threads are given, and a failure is not lost. */
class WorkersTest {

    @Test
    void twoThreadsRunTwoPiecesAtOnce() {
        // Each piece waits for the other: on one thread the first would wait in vain and time out.
        CyclicBarrier both = new CyclicBarrier(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Runnable meet = () -> {
            try {
                both.await(10, TimeUnit.SECONDS);
                threads.add(Thread.currentThread().getName());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        Workers.run(2, "test-", List.of(meet, meet));
        assertThat(threads).hasSize(2).allMatch(name -> name.startsWith("test-"));
    }

    @Test
    void everyPieceRunsAndTheFirstFailureIsThrownWithTheLaterOnes() {
        Set<Integer> ran = ConcurrentHashMap.newKeySet();
        List<Runnable> work = IntStream.range(0, 20).<Runnable>mapToObj(i -> () -> {
            ran.add(i);
            if (i == 3 || i == 11) {
                throw new IllegalArgumentException("piece " + i);
            }
        }).toList();
        assertThatThrownBy(() -> Workers.run(2, "test-", work))
                .hasMessage("piece 3")
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage).containsExactly("piece 11"));
        assertThat(ran).hasSize(20);
    }

    @Test
    void oneThreadRunsThePiecesInOrderOnTheCallersThread() {
        List<String> order = new java.util.ArrayList<>();
        Workers.run(1, "test-", List.of(() -> order.add("a " + Thread.currentThread().getName()),
                () -> order.add("b " + Thread.currentThread().getName())));
        String caller = Thread.currentThread().getName();
        assertThat(order).containsExactly("a " + caller, "b " + caller);
    }
}
