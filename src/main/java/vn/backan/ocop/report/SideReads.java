package vn.backan.ocop.report;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads of the progress workbook that need not wait for the step's own, run in order on one thread beside it,
 * each in a read-only transaction of its own: a connection of its own, on which H2 reads a long result lazily
 * ({@code Ratings}). The warehouse they read was committed by the steps before. With {@code ocop.report-threads}
 * at 1, each runs at once on the caller's thread, in the step's transaction, as before there was a side thread.
 * Closing waits for a read still running: nothing reads the database once the step has ended.
 */
final class SideReads implements AutoCloseable {

    private final ExecutorService thread;
    private final TransactionTemplate readOnly;

    SideReads(int threads, PlatformTransactionManager transactions) {
        this.thread = threads <= 1 ? null : Executors.newSingleThreadExecutor(task -> {
            Thread side = new Thread(task, "report-side");
            side.setDaemon(true);
            return side;
        });
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    /** Starts a read after those started before it; on the caller's thread, runs it now. */
    <T> Future<T> submit(Supplier<T> read) {
        if (thread == null) {
            return CompletableFuture.completedFuture(read.get());
        }
        return thread.submit(() -> readOnly.execute(status -> read.get()));
    }

    /** The read's result once it is there; its failure thrown as it was thrown. */
    static <T> T join(Future<T> read) {
        try {
            return read.get();
        } catch (ExecutionException e) {
            throw Workers.failure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the progress workbook's figures were read", e);
        }
    }

    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        thread.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (thread.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
