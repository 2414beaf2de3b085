package vn.backan.ocop.submission;

import static vn.backan.ocop.submission.SheetKind.COMMUNE;
import static vn.backan.ocop.submission.SheetKind.ENTITY;
import static vn.backan.ocop.submission.SheetKind.PRODUCT;
import static vn.backan.ocop.submission.SheetKind.SUPPORT;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.backan.ocop.text.VietnameseText;

/** Every column of the data sheets, with the header the template writes and the aliases the spec allows. */
public enum Column {
    PRODUCT_NO(PRODUCT, "STT", false, "TT", "Số TT"),
    PRODUCT_CODE(PRODUCT, "Mã sản phẩm", false, "Mã SP"),
    PRODUCT_NAME(PRODUCT, "Tên sản phẩm", true, "Sản phẩm", "Tên SP", "Tên sản phẩm OCOP"),
    PRODUCT_GROUP(PRODUCT, "Bộ sản phẩm", true, "Nhóm sản phẩm", "Nhóm", "Ngành hàng", "Bộ SP"),
    PRODUCT_ENTITY(PRODUCT, "Chủ thể", true, "Tên chủ thể", "Đơn vị sản xuất", "Chủ thể sản xuất", "Tên chủ thể sản xuất",
            "Chủ thể OCOP"),
    PRODUCT_COMMUNE(PRODUCT, "Xã", true, "Địa chỉ (xã)", "Xã, phường, thị trấn", "Địa chỉ", "Địa chỉ chủ thể",
            "Địa chỉ sản xuất"),
    PRODUCT_STARS(PRODUCT, "Số sao", true, "Hạng sao", "Xếp hạng", "Hạng", "Kết quả phân hạng", "Hạng sao OCOP", "Số sao đạt"),
    PRODUCT_SCORE(PRODUCT, "Điểm", false, "Tổng điểm", "Điểm đánh giá", "Số điểm", "Điểm số"),
    PRODUCT_DATE(PRODUCT, "Ngày công nhận", true, "Ngày quyết định", "Năm công nhận", "Ngày QĐ", "Ngày quyết định công nhận",
            "Ngày ký quyết định"),
    PRODUCT_DECISION(PRODUCT, "Số quyết định", false, "Quyết định", "Số QĐ", "Quyết định công nhận", "Số quyết định công nhận",
            "Số QĐ công nhận"),
    PRODUCT_LEVEL(PRODUCT, "Cấp công nhận", false, "Cấp"),
    PRODUCT_VALUE_CHAIN(PRODUCT, "Chuỗi giá trị", false, "Sản xuất theo chuỗi"),
    PRODUCT_NOTE(PRODUCT, "Ghi chú", false),
    // Read from the official tables districts paste, never written by the template.
    /** A tick ("x") under "3 sao" of "Kết quả phân hạng": the district report annex's star columns. */
    PRODUCT_TICK_3(PRODUCT, "3 sao", false, Template.NO, "Đạt 3 sao", "Hạng 3 sao"),
    PRODUCT_TICK_4(PRODUCT, "4 sao", false, Template.NO, "Đạt 4 sao", "Hạng 4 sao"),
    PRODUCT_TICK_5(PRODUCT, "5 sao", false, Template.NO, "Đạt 5 sao", "Hạng 5 sao"),
    /** The last day of the certificate: the register of valid products gives it where the decision's date is missing. */
    PRODUCT_EXPIRY(PRODUCT, "Thời hạn giấy chứng nhận", false, Template.NO, "Giấy chứng nhận có giá trị đến ngày",
            "Có giá trị đến ngày", "Có giá trị đến", "Ngày hết hạn", "Hiệu lực đến ngày", "Thời hạn hiệu lực",
            "Thời hạn giấy chứng nhận có giá trị đến ngày", "Thời hạn công nhận"),
    /** "Phân loại sản phẩm" split as Decision 148 does: ngành hàng, nhóm, phân nhóm (the set). */
    PRODUCT_BRANCH(PRODUCT, "Ngành hàng", false, Template.NO, "Ngành hàng phân loại sản phẩm", "Ngành phân loại sản phẩm"),
    PRODUCT_FAMILY(PRODUCT, "Nhóm", false, Template.NO, "Nhóm phân loại sản phẩm"),
    PRODUCT_SUBGROUP(PRODUCT, "Phân nhóm", false, Template.NO, "Phân nhóm phân loại sản phẩm", "Phân nhóm sản phẩm"),
    /** The Ministry's national list: the province, beside the address. */
    PRODUCT_PROVINCE(PRODUCT, "Tỉnh, thành phố", false, Template.NO, "Tỉnh", "Tỉnh/thành phố", "Tỉnh/TP"),

    ENTITY_NO(ENTITY, "STT", false, "TT", "Số TT"),
    ENTITY_NAME(ENTITY, "Tên chủ thể", true, "Chủ thể", "Tên đơn vị"),
    ENTITY_TYPE(ENTITY, "Loại hình", true, "Loại hình chủ thể", "Loại chủ thể"),
    ENTITY_COMMUNE(ENTITY, "Xã", true, "Địa chỉ (xã)", "Xã, phường, thị trấn", "Địa chỉ"),
    ENTITY_TAX_CODE(ENTITY, "Mã số thuế", false, "MST"),
    ENTITY_FOUNDED(ENTITY, "Năm thành lập", false),
    ENTITY_MEMBERS(ENTITY, "Số thành viên", false),
    ENTITY_WORKERS(ENTITY, "Số lao động", false),
    ENTITY_NOTE(ENTITY, "Ghi chú", false),

    COMMUNE_NO(COMMUNE, "STT", false, "TT", "Số TT"),
    COMMUNE_NAME(COMMUNE, "Xã", true, "Tên xã", "Xã, phường, thị trấn"),
    COMMUNE_NTM_YEAR(COMMUNE, "Năm đạt chuẩn NTM", false, "Năm đạt chuẩn nông thôn mới", "Năm đạt NTM", "Đạt chuẩn NTM"),
    COMMUNE_DBKK(COMMUNE, "Xã ĐBKK", false, "ĐBKK", "Xã đặc biệt khó khăn"),
    COMMUNE_HOUSEHOLDS(COMMUNE, "Tổng số hộ", false, "Số hộ"),
    COMMUNE_POOR(COMMUNE, "Số hộ nghèo", false, "Hộ nghèo"),
    COMMUNE_NOTE(COMMUNE, "Ghi chú", false),

    SUPPORT_NO(SUPPORT, "STT", false, "TT", "Số TT"),
    SUPPORT_TYPE(SUPPORT, "Loại hỗ trợ", true, "Nội dung hỗ trợ", "Hình thức hỗ trợ"),
    SUPPORT_TARGET(SUPPORT, "Đối tượng", true, "Đối tượng hỗ trợ", "Đối tượng được hỗ trợ"),
    SUPPORT_COMMUNE(SUPPORT, "Xã", false, "Địa chỉ (xã)", "Xã, phường, thị trấn"),
    SUPPORT_YEAR(SUPPORT, "Năm", true, "Năm hỗ trợ"),
    SUPPORT_AMOUNT(SUPPORT, "Kinh phí (triệu đồng)", false, "Kinh phí", "Kinh phí hỗ trợ"),
    SUPPORT_SOURCE(SUPPORT, "Nguồn vốn", false, "Nguồn kinh phí"),
    SUPPORT_NOTE(SUPPORT, "Ghi chú", false);

    private final SheetKind sheet;
    private final String header;
    private final boolean required;
    private final List<String> keys;
    private final boolean inTemplate;

    /** Marks a column that is only read, never written by the template. */
    enum Template { NO }

    Column(SheetKind sheet, String header, boolean required, String... aliases) {
        this(sheet, header, required, true, aliases);
    }

    Column(SheetKind sheet, String header, boolean required, Template template, String... aliases) {
        this(sheet, header, required, false, aliases);
    }

    Column(SheetKind sheet, String header, boolean required, boolean inTemplate, String... aliases) {
        this.sheet = sheet;
        this.header = header;
        this.required = required;
        this.inTemplate = inTemplate;
        this.keys = Stream.concat(Stream.of(header), Arrays.stream(aliases))
                .map(VietnameseText::headerKey)
                .toList();
    }

    public SheetKind sheet() {
        return sheet;
    }

    /** The header the template writes. */
    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** Whether the template writes this column; the others are only recognised in the tables districts paste. */
    public boolean inTemplate() {
        return inTemplate;
    }

    /** A note in brackets after a header: "Số sao (1-5)", "Ngày công nhận (ngày/tháng/năm)". */
    private static final Pattern NOTE = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");

    /** Whether a header cell (already decoded to Unicode) names this column, with or without a note in brackets. */
    public boolean matches(String headerText) {
        return keys.contains(VietnameseText.headerKey(headerText))
                || keys.contains(VietnameseText.headerKey(NOTE.matcher(headerText).replaceAll(" ")));
    }

    /** Whether this is the row-number column (STT), which the spec ignores. */
    public boolean numbering() {
        return name().endsWith("_NO");
    }

    /** Whether this column counts towards recognising the header row (STT and Ghi chú are too common). */
    public boolean distinctive() {
        return !name().endsWith("_NO") && !name().endsWith("_NOTE");
    }
}
