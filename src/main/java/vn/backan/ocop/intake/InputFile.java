package vn.backan.ocop.intake;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file found in the input folder.
 *
 * @param relative  the path below the input folder, as shown in logs and reports
 * @param candidate whether its name says workbook (.xlsx, .xlsm, .xls, .ods); others are reported and left alone
 */
public record InputFile(Path path, String relative, long size, Instant modified, boolean candidate) {
}
