package vn.backan.ocop;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pipeline's settings ({@code ocop.*}). Input, output and the report date are per run: job parameters.
 *
 * @param deadlineDays days after a period's end within which a submission is on time
 * @param chunkSize    rows per staging transaction
 * @param stageThreads workbooks staged at once (partitions of the stage step run side by side)
 * @param feedbackThreads feedback workbooks written at once (each reads its own submitted file again)
 * @param reportThreads the progress workbook's reads run at once: with 2, the pass over every recognition and the
 *                     dashboard's earlier date are read beside the pass over the report date's ratings
 * @param supersededRowsKept how long the staged rows of a superseded file stay (e.g. {@code 90d}, {@code 0d});
 *                     unset keeps them for ever. The warehouse history and the file's issues always stay.
 */
@ConfigurationProperties("ocop")
public record OcopProperties(@DefaultValue("15") int deadlineDays, @DefaultValue("2000") int chunkSize,
                             @DefaultValue("2") int stageThreads, @DefaultValue("2") int feedbackThreads,
                             @DefaultValue("2") int reportThreads, Duration supersededRowsKept) {
}
