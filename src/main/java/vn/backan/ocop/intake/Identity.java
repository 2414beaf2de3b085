package vn.backan.ocop.intake;

import vn.backan.ocop.submission.Period;
import vn.backan.ocop.reference.District;

/** The district and period a submission reports on. */
public record Identity(District district, Period period) {
}
