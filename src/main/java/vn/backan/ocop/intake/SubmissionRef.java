package vn.backan.ocop.intake;

import vn.backan.ocop.submission.Period;

/** The submission a row comes from, as registered: what every rule needs to know about its file. */
public record SubmissionRef(long id, String fileName, String districtCode, Period period) {
}
