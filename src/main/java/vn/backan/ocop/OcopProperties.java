package vn.backan.ocop;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pipeline's settings ({@code ocop.*}); the command line sets input, output and as-of per run.
 *
 * @param deadlineDays days after a period's end within which a submission is on time
 * @param chunkSize    rows per staging transaction
 */
@ConfigurationProperties("ocop")
public record OcopProperties(@DefaultValue("input") Path input, @DefaultValue("output") Path output,
                             @DefaultValue("15") int deadlineDays, @DefaultValue("500") int chunkSize) {
}
