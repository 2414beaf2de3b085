package vn.backan.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.backan.ocop.warehouse.RunHistory;
import vn.backan.ocop.warehouse.RunLog;

class StatusPrinterTest {

    @Test
    void filesNotInForceAreListedWithWhatReplacedThem() {
        LocalDateTime night = LocalDateTime.of(2021, 2, 2, 1, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatusPrinter.print(List.of(new RunLog.Run(2, night, night.plusMinutes(1), "COMPLETED", 9, 1, 8, 73, 0,
                        night.plusMinutes(1), night.plusMinutes(1))),
                List.of(new RunHistory.Current("066", "Huyện Na Rì", "2020", 10, "066-na-ri-2020-sua.xlsx", "accepted", night, 73, 0)),
                List.of(new RunHistory.Other(8, "066", "2020", "066-na-ri-2020.xlsx", "accepted", 10L, night.minusDays(20)),
                        new RunHistory.Other(11, null, null, "bao-cao.xlsx", "rejected", null, night)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Submissions in force:").contains("066-na-ri-2020-sua.xlsx");
        assertThat(text.lines().filter(l -> l.contains("066-na-ri-2020.xlsx")).findFirst().orElseThrow())
                .contains("#8").contains("superseded by #10");
        assertThat(text.lines().filter(l -> l.contains("bao-cao.xlsx")).findFirst().orElseThrow()).contains("rejected").contains("???");
    }

    @Test
    void aRunThatPublishedButDidNotWriteItsWorkbooksSaysSoAndHowToFinish() {
        LocalDateTime night = LocalDateTime.of(2021, 2, 2, 1, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatusPrinter.print(List.of(new RunLog.Run(3, night, night.plusMinutes(1), "FAILED", 9, 1, 8, 73, 0,
                        night.plusMinutes(1), null),
                        new RunLog.Run(2, night.minusDays(1), night.minusDays(1), "COMPLETED", 9, 1, 8, 73, 0,
                                night.minusDays(1), night.minusDays(1))),
                List.of(), List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.lines().filter(l -> l.startsWith("  3 ")).findFirst().orElseThrow()).endsWith("feedback NOT WRITTEN");
        assertThat(text.lines().filter(l -> l.startsWith("  2 ")).findFirst().orElseThrow()).endsWith("written");
        assertThat(text).contains("Run 3 did not complete: 'restart' (or the next 'consolidate') completes it and writes its workbooks.");
    }
}
