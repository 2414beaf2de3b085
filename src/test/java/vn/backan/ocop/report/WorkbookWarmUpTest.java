package vn.backan.ocop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The throwaway workbook written ahead of the real ones: written, on a thread that ends, leaving no file. */
class WorkbookWarmUpTest {

    @TempDir
    Path poiTemp;

    @AfterEach
    void restorePoisTemporaryFolder() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void theThrowawayWorkbookIsWrittenAndItsSheetsTemporaryFileRemoved() throws Exception {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));

        assertThat(WorkbookWarmUp.run()).isTrue();

        try (Stream<Path> left = Files.list(poiTemp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void itRunsOnADaemonThreadThatEnds() throws Exception {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));

        Thread thread = WorkbookWarmUp.start();

        assertThat(thread.isDaemon()).isTrue();
        thread.join(60_000);
        assertThat(thread.isAlive()).isFalse();
        assertThat(poiTemp.toFile().list()).isEmpty();
    }
}
