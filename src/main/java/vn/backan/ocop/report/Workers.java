package vn.backan.ocop.report;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent pieces of work, each writing its own file, on a few threads of their own, and returns
 * when all have ended. A failure does not stop the others (each leaves its file whole or as it was, see
 * {@link AtomicFiles}); the first one, in the order given, is thrown once all have ended, the later ones
 * attached to it.
 */
final class Workers {

    private Workers() {
    }

    static void run(int threads, String name, List<Runnable> work) {
        if (threads <= 1 || work.size() <= 1) {
            work.forEach(Runnable::run);
            return;
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, work.size()), task -> {
            Thread thread = new Thread(task, name + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> started = work.stream().<Future<?>>map(pool::submit).toList();
            RuntimeException first = null;
            for (Future<?> done : started) {
                try {
                    done.get();
                } catch (ExecutionException e) {
                    RuntimeException failure = failure(e);
                    if (first == null) {
                        first = failure;
                    } else {
                        first.addSuppressed(failure);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    started.forEach(f -> f.cancel(true));
                    throw new IllegalStateException("Interrupted while " + name + " work was running", e);
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What a piece of work run on another thread threw, to be thrown here as it was thrown; an error (out of
     * memory) is thrown at once, ending the step as it would on one thread.
     */
    static RuntimeException failure(ExecutionException e) {
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
}
