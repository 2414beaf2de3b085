package vn.backan.ocop.warehouse;

import java.time.Instant;
import java.time.LocalDate;

/** What discovery knows of a file before it is registered. */
public record NewSubmission(String sha256, String fileName, String filePath, long sizeBytes, Instant fileModifiedAt,
                            String districtCode, String periodCode, LocalDate periodEndsOn, LocalDate preparedOn,
                            String preparer, String phone, String email, String format, SubmissionStatus status) {
}
