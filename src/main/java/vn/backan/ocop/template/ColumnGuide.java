package vn.backan.ocop.template;

import static vn.backan.ocop.validation.IssueCode.COMMUNE_DISTRICT_MISMATCH;
import static vn.backan.ocop.validation.IssueCode.COMMUNE_MAPPED_TO_PREDECESSOR;
import static vn.backan.ocop.validation.IssueCode.COMMUNE_MAPPED_TO_SUCCESSOR;
import static vn.backan.ocop.validation.IssueCode.COMMUNE_NEAR_MISS;
import static vn.backan.ocop.validation.IssueCode.COMMUNE_NOT_YET_VALID;
import static vn.backan.ocop.validation.IssueCode.COMMUNE_OTHER_DISTRICT;
import static vn.backan.ocop.validation.IssueCode.COMMUNE_SUCCESSOR_AMBIGUOUS;
import static vn.backan.ocop.validation.IssueCode.COMMUNE_UNKNOWN;
import static vn.backan.ocop.validation.IssueCode.DATE_AFTER_PERIOD_END;
import static vn.backan.ocop.validation.IssueCode.DATE_BEFORE_PROGRAMME;
import static vn.backan.ocop.validation.IssueCode.DATE_DERIVED_FROM_EXPIRY;
import static vn.backan.ocop.validation.IssueCode.DATE_INVALID;
import static vn.backan.ocop.validation.IssueCode.DATE_YEAR_ONLY;
import static vn.backan.ocop.validation.IssueCode.DUPLICATE_IN_FILE;
import static vn.backan.ocop.validation.IssueCode.ENTITY_NOT_IN_SHEET;
import static vn.backan.ocop.validation.IssueCode.ENTITY_TYPE_INFERRED;
import static vn.backan.ocop.validation.IssueCode.ENTITY_TYPE_UNKNOWN;
import static vn.backan.ocop.validation.IssueCode.FOUNDED_YEAR_OUT_OF_RANGE;
import static vn.backan.ocop.validation.IssueCode.GROUP_INFERRED;
import static vn.backan.ocop.validation.IssueCode.GROUP_OLD_CLASSIFICATION;
import static vn.backan.ocop.validation.IssueCode.GROUP_UNCLASSIFIED;
import static vn.backan.ocop.validation.IssueCode.GROUP_UNKNOWN;
import static vn.backan.ocop.validation.IssueCode.INTEGER_INVALID;
import static vn.backan.ocop.validation.IssueCode.LEVEL_MISMATCH;
import static vn.backan.ocop.validation.IssueCode.LEVEL_UNKNOWN;
import static vn.backan.ocop.validation.IssueCode.NEGATIVE_NUMBER;
import static vn.backan.ocop.validation.IssueCode.NOT_CERTIFIED;
import static vn.backan.ocop.validation.IssueCode.NTM_YEAR_OUT_OF_RANGE;
import static vn.backan.ocop.validation.IssueCode.NUMBER_INVALID;
import static vn.backan.ocop.validation.IssueCode.OPTIONAL_VALUE_IGNORED;
import static vn.backan.ocop.validation.IssueCode.POOR_ABOVE_HOUSEHOLDS;
import static vn.backan.ocop.validation.IssueCode.PRODUCT_IN_OTHER_DISTRICT;
import static vn.backan.ocop.validation.IssueCode.RATING_DIFFERS_FROM_EARLIER;
import static vn.backan.ocop.validation.IssueCode.REQUIRED_MISSING;
import static vn.backan.ocop.validation.IssueCode.SCORE_OUTSIDE_STAR_BAND;
import static vn.backan.ocop.validation.IssueCode.SCORE_OUT_OF_RANGE;
import static vn.backan.ocop.validation.IssueCode.STARS_INVALID;
import static vn.backan.ocop.validation.IssueCode.SUPPORT_TYPE_UNKNOWN;
import static vn.backan.ocop.validation.IssueCode.SUPPORT_YEAR_OUT_OF_RANGE;
import static vn.backan.ocop.validation.IssueCode.TAX_CODE_INVALID;
import static vn.backan.ocop.validation.IssueCode.YEAR_INVALID;
import static vn.backan.ocop.validation.IssueCode.YES_NO_INVALID;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.backan.ocop.submission.Column;
import vn.backan.ocop.validation.IssueCode;

/**
 * What the clerk types in each column, and which rules of the catalogue check it: the instruction
 * sheet and the input prompts are written from here, the messages and hints from the catalogue.
 * Keep in step with the row mappers: a test fails when a column or a rule is left out.
 */
final class ColumnGuide {

    /**
     * @param text   how to fill the column, in Vietnamese
     * @param checks the rules that judge this column's cells, in the order a clerk meets them
     */
    record Guide(String text, List<IssueCode> checks) {
    }

    private static final List<IssueCode> COMMUNE = List.of(COMMUNE_UNKNOWN, COMMUNE_NEAR_MISS, COMMUNE_OTHER_DISTRICT,
            COMMUNE_NOT_YET_VALID, COMMUNE_MAPPED_TO_SUCCESSOR, COMMUNE_SUCCESSOR_AMBIGUOUS, COMMUNE_DISTRICT_MISMATCH, COMMUNE_MAPPED_TO_PREDECESSOR);

    private static final Map<Column, Guide> GUIDES = new EnumMap<>(Column.class);

    static {
        guide(Column.PRODUCT_NO, "Số thứ tự, không bắt buộc (không được đọc).");
        guide(Column.PRODUCT_CODE, "Mã sản phẩm của huyện nếu có, ví dụ NR-01; giữ nguyên mã qua các kỳ để nhận ra cùng một sản phẩm.");
        guide(Column.PRODUCT_NAME, "Tên sản phẩm như trong quyết định công nhận; mỗi lần đánh giá, phân hạng một dòng.",
                REQUIRED_MISSING, DUPLICATE_IN_FILE, RATING_DIFFERS_FROM_EARLIER, PRODUCT_IN_OTHER_DISTRICT);
        guide(Column.PRODUCT_GROUP, "Chọn bộ sản phẩm theo Quyết định 148/QĐ-TTg (26 bộ) trong danh sách; cũng nhận số bộ từ 1 đến 26.",
                REQUIRED_MISSING, GROUP_UNKNOWN, GROUP_OLD_CLASSIFICATION, GROUP_INFERRED, GROUP_UNCLASSIFIED);
        guide(Column.PRODUCT_ENTITY, "Tên chủ thể sản xuất; chọn trong danh sách các chủ thể đã ghi ở sheet Chủ thể.",
                REQUIRED_MISSING, ENTITY_NOT_IN_SHEET);
        guide(Column.PRODUCT_COMMUNE, "Xã nơi chủ thể sản xuất, theo tên xã vào ngày công nhận (danh sách có cả các xã đã sáp nhập từ 2018).",
                concat(List.of(REQUIRED_MISSING), COMMUNE));
        guide(Column.PRODUCT_STARS, "Số sao từ 1 đến 5; chỉ sản phẩm 3 sao trở lên là sản phẩm OCOP.",
                REQUIRED_MISSING, STARS_INVALID, NOT_CERTIFIED);
        guide(Column.PRODUCT_SCORE, "Tổng điểm từ 0 đến 100, đúng với hạng sao: 5 sao từ 90, 4 sao từ 70 đến dưới 90, "
                + "3 sao từ 50 đến dưới 70, 2 sao từ 30 đến dưới 50, 1 sao dưới 30.",
                NUMBER_INVALID, SCORE_OUT_OF_RANGE, SCORE_OUTSIDE_STAR_BAND);
        guide(Column.PRODUCT_DATE, "Ngày ký quyết định công nhận, dạng ngày/tháng/năm, từ 01/01/2018 đến ngày kết thúc kỳ báo cáo.",
                REQUIRED_MISSING, DATE_INVALID, DATE_YEAR_ONLY, DATE_DERIVED_FROM_EXPIRY, DATE_AFTER_PERIOD_END, DATE_BEFORE_PROGRAMME);
        guide(Column.PRODUCT_DECISION, "Số quyết định công nhận, ví dụ 1234/QĐ-UBND.");
        guide(Column.PRODUCT_LEVEL, "Cấp công nhận: Huyện, Tỉnh hoặc Trung ương; sản phẩm 5 sao do Trung ương công nhận.",
                LEVEL_UNKNOWN, LEVEL_MISMATCH);
        guide(Column.PRODUCT_VALUE_CHAIN, "Có nếu sản phẩm được sản xuất theo chuỗi giá trị; để trống là Không.", YES_NO_INVALID);
        guide(Column.PRODUCT_NOTE, "Ghi chú tùy ý.");
        // Columns of the official tables districts paste: read, never written by the template.
        guide(Column.PRODUCT_TICK_3, "Đánh dấu x nếu sản phẩm đạt 3 sao (bảng phân hạng có cột 3 sao, 4 sao, 5 sao).", STARS_INVALID);
        guide(Column.PRODUCT_TICK_4, "Đánh dấu x nếu sản phẩm đạt 4 sao.", STARS_INVALID);
        guide(Column.PRODUCT_TICK_5, "Đánh dấu x nếu sản phẩm đạt 5 sao.", STARS_INVALID);
        guide(Column.PRODUCT_EXPIRY, "Ngày hết hạn giấy chứng nhận; khi thiếu ngày công nhận, ngày công nhận được suy ra (trừ 36 tháng).",
                OPTIONAL_VALUE_IGNORED, DATE_DERIVED_FROM_EXPIRY);
        guide(Column.PRODUCT_BRANCH, "Ngành hàng theo Quyết định 148 (khi không có cột Bộ sản phẩm).", GROUP_UNKNOWN, GROUP_OLD_CLASSIFICATION);
        guide(Column.PRODUCT_FAMILY, "Nhóm theo Quyết định 148 (khi không có cột Bộ sản phẩm).", GROUP_UNKNOWN);
        guide(Column.PRODUCT_SUBGROUP, "Phân nhóm theo Quyết định 148: bộ sản phẩm (khi không có cột Bộ sản phẩm).", GROUP_UNKNOWN);
        guide(Column.PRODUCT_PROVINCE, "Tỉnh, thành phố (danh sách của Bộ); không được đọc.");

        guide(Column.ENTITY_NO, "Số thứ tự, không bắt buộc (không được đọc).");
        guide(Column.ENTITY_NAME, "Tên đầy đủ của chủ thể (hợp tác xã, doanh nghiệp, tổ hợp tác, hộ kinh doanh); mỗi chủ thể một dòng.",
                REQUIRED_MISSING, DUPLICATE_IN_FILE);
        guide(Column.ENTITY_TYPE, "Chọn loại hình: Hợp tác xã, Doanh nghiệp, Tổ hợp tác, Hộ kinh doanh (cũng nhận HTX, DN, THT, HKD).",
                REQUIRED_MISSING, ENTITY_TYPE_UNKNOWN, ENTITY_TYPE_INFERRED);
        guide(Column.ENTITY_COMMUNE, "Xã nơi chủ thể đặt trụ sở, theo địa giới cuối kỳ báo cáo.", concat(List.of(REQUIRED_MISSING), COMMUNE));
        guide(Column.ENTITY_TAX_CODE, "Mã số thuế 10 chữ số, hoặc 13 chữ số dạng 0123456789-001; không bắt buộc.", TAX_CODE_INVALID);
        guide(Column.ENTITY_FOUNDED, "Năm thành lập, 4 chữ số, từ 1950 đến năm báo cáo; không bắt buộc.",
                OPTIONAL_VALUE_IGNORED, FOUNDED_YEAR_OUT_OF_RANGE);
        guide(Column.ENTITY_MEMBERS, "Số thành viên (số nguyên, không âm); không bắt buộc.", OPTIONAL_VALUE_IGNORED, NEGATIVE_NUMBER);
        guide(Column.ENTITY_WORKERS, "Số lao động (số nguyên, không âm); không bắt buộc.", OPTIONAL_VALUE_IGNORED, NEGATIVE_NUMBER);
        guide(Column.ENTITY_NOTE, "Ghi chú tùy ý.");

        guide(Column.COMMUNE_NO, "Số thứ tự, không bắt buộc (không được đọc).");
        guide(Column.COMMUNE_NAME, "Tên xã; biểu mẫu đã ghi sẵn các xã của huyện tại cuối kỳ, mỗi xã một dòng.",
                concat(List.of(REQUIRED_MISSING, DUPLICATE_IN_FILE), COMMUNE));
        guide(Column.COMMUNE_NTM_YEAR, "Năm xã được công nhận đạt chuẩn nông thôn mới, từ 2010 đến năm báo cáo; để trống nếu chưa đạt.",
                YEAR_INVALID, NTM_YEAR_OUT_OF_RANGE);
        guide(Column.COMMUNE_DBKK, "Có nếu là xã đặc biệt khó khăn trong kỳ báo cáo; để trống là Không.", YES_NO_INVALID);
        guide(Column.COMMUNE_HOUSEHOLDS, "Tổng số hộ của xã (số nguyên, không âm).", INTEGER_INVALID, NEGATIVE_NUMBER);
        guide(Column.COMMUNE_POOR, "Số hộ nghèo (số nguyên, không âm, không lớn hơn Tổng số hộ).",
                INTEGER_INVALID, NEGATIVE_NUMBER, POOR_ABOVE_HOUSEHOLDS);
        guide(Column.COMMUNE_NOTE, "Ghi chú tùy ý.");

        guide(Column.SUPPORT_NO, "Số thứ tự, không bắt buộc (không được đọc).");
        guide(Column.SUPPORT_TYPE, "Chọn loại hỗ trợ trong danh sách.", REQUIRED_MISSING, SUPPORT_TYPE_UNKNOWN);
        guide(Column.SUPPORT_TARGET, "Chủ thể, sản phẩm hoặc dự án được hỗ trợ; cùng đối tượng, cùng loại, cùng năm chỉ ghi một dòng.",
                REQUIRED_MISSING, DUPLICATE_IN_FILE);
        guide(Column.SUPPORT_COMMUNE, "Xã của đối tượng được hỗ trợ; không bắt buộc.", COMMUNE);
        guide(Column.SUPPORT_YEAR, "Năm hỗ trợ, từ 2018 đến năm báo cáo.", REQUIRED_MISSING, YEAR_INVALID, SUPPORT_YEAR_OUT_OF_RANGE);
        guide(Column.SUPPORT_AMOUNT, "Kinh phí hỗ trợ, triệu đồng (số không âm, có thể lẻ, ví dụ 150,5); không bắt buộc.",
                NUMBER_INVALID, NEGATIVE_NUMBER);
        guide(Column.SUPPORT_SOURCE, "Nguồn vốn, ví dụ ngân sách tỉnh; không bắt buộc.");
        guide(Column.SUPPORT_NOTE, "Ghi chú tùy ý.");
    }

    private ColumnGuide() {
    }

    private static void guide(Column column, String text, IssueCode... checks) {
        GUIDES.put(column, new Guide(text, List.of(checks)));
    }

    private static void guide(Column column, String text, List<IssueCode> checks) {
        GUIDES.put(column, new Guide(text, checks));
    }

    private static List<IssueCode> concat(List<IssueCode> first, List<IssueCode> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    static Guide of(Column column) {
        Guide guide = GUIDES.get(column);
        if (guide == null) {
            throw new IllegalStateException("No guide for column " + column);
        }
        return guide;
    }
}
