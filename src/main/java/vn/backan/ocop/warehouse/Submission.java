package vn.backan.ocop.warehouse;

import java.time.Instant;
import java.time.LocalDate;

/** A file registered as a submission. District and period are null when the file was rejected unidentified. */
public record Submission(long id, String sha256, String fileName, String filePath, long sizeBytes,
                         Instant fileModifiedAt, Instant receivedAt, String districtCode, String periodCode,
                         LocalDate preparedOn, String preparer, String phone, String email, String format,
                         SubmissionStatus status, boolean current, long runId) {
}
