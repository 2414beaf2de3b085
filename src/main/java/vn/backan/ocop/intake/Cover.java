package vn.backan.ocop.intake;

import java.time.LocalDate;

/**
 * What the cover sheet ({@code Thông tin}) says, as typed. Any field may be null.
 *
 * @param preparedOn the date prepared ({@code Ngày lập}), which also dates the submission
 */
public record Cover(String districtText, String periodText, String preparer, LocalDate preparedOn,
                    String phone, String email) {

    static final Cover NONE = new Cover(null, null, null, null, null, null);

    public boolean blank() {
        return districtText == null && periodText == null;
    }
}
