package vn.backan.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.backan.ocop.warehouse.RunHistory;

class StatusPrinterTest {

    @Test
    void filesNotInForceAreListedWithWhatReplacedThem() {
        LocalDateTime night = LocalDateTime.of(2021, 2, 2, 1, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatusPrinter.print(List.of(new RunHistory.Run(2, night, night.plusMinutes(1), "COMPLETED", 9, 1, 8, 73, 0)),
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
}
