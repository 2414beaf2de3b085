package vn.backan.ocop.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * One run at a time per warehouse. The lock belongs to the process, so it cannot outlive a killed
 * run: on PostgreSQL a session advisory lock (released when the connection drops), elsewhere an OS
 * file lock next to the H2 database (released when the process dies).
 */
final class RunLock implements AutoCloseable {

    /** Arbitrary but fixed: every ocop-pipeline process asks for the same advisory lock. */
    private static final long ADVISORY_KEY = 0x0C0B_BAC_CA4L;

    private final Connection connection;
    private final FileChannel channel;
    private final FileLock fileLock;

    private RunLock(Connection connection, FileChannel channel, FileLock fileLock) {
        this.connection = connection;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** The lock, or null when another run holds it. */
    static RunLock tryAcquire(String jdbcUrl, String user, String password) throws IOException, SQLException {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
            try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                statement.setLong(1, ADVISORY_KEY);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return new RunLock(connection, null, null);
                    }
                }
            }
            connection.close();
            return null;
        }
        Path file = lockFile(jdbcUrl);
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new RunLock(null, channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // held by this very JVM: another run in progress here
        }
        channel.close();
        return null;
    }

    /** {@code data/ocop.run.lock} for {@code jdbc:h2:file:./data/ocop}; a temp file for other URLs. */
    static Path lockFile(String jdbcUrl) {
        String prefix = "jdbc:h2:file:";
        if (jdbcUrl.startsWith(prefix)) {
            String path = jdbcUrl.substring(prefix.length()).split(";")[0];
            return Path.of(path + ".run.lock");
        }
        String hash = HexFormat.of().formatHex(Integer.toString(jdbcUrl.hashCode()).getBytes(StandardCharsets.US_ASCII));
        return Path.of(System.getProperty("java.io.tmpdir"), "ocop-pipeline-" + hash + ".run.lock");
    }

    @Override
    public void close() {
        try {
            if (fileLock != null) {
                fileLock.release();
                channel.close();
            }
            if (connection != null) {
                // Unlocked before the connection closes: the server drops a session's locks when its backend
                // has ended, after the client has gone, so a run started right after this one could still
                // find the lock held (seen once in RerunsTest: the second consolidate was told another run
                // was in progress).
                try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                    statement.setLong(1, ADVISORY_KEY);
                    statement.execute();
                } finally {
                    connection.close();
                }
            }
        } catch (IOException | SQLException e) {
            // the process is ending; the OS or the server frees the lock anyway
        }
    }
}
