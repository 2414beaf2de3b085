package vn.backan.ocop.sample;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.backan.ocop.sample.SampleData.BadRow;
import vn.backan.ocop.sample.SampleData.CommuneRow;
import vn.backan.ocop.sample.SampleData.Cover;
import vn.backan.ocop.sample.SampleData.Entity;
import vn.backan.ocop.sample.SampleData.Look;
import vn.backan.ocop.sample.SampleData.Rating;
import vn.backan.ocop.sample.SampleData.Support;
import vn.backan.ocop.sample.SheetWriter.Column;

/** One district's submission workbook for one period, laid out the way that district's clerk does it. */
final class SubmissionWorkbook {

    /** The workbook, and where its deliberately wrong rows ended up (for the README). */
    record Built(Workbook workbook, List<String> badRowCells) {
    }

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String> FULL_TYPES = Map.of(
            "HTX", "Hợp tác xã", "DN", "Doanh nghiệp", "THT", "Tổ hợp tác", "HKD", "Hộ kinh doanh");

    private static final List<Column> PRODUCT_COLUMNS = List.of(
            new Column("STT", 5), new Column("Mã sản phẩm", 10), new Column("Tên sản phẩm", 32),
            new Column("Bộ sản phẩm", 22), new Column("Chủ thể", 34), new Column("Xã", 15),
            new Column("Số sao", 8), new Column("Điểm", 8), new Column("Ngày công nhận", 14),
            new Column("Số quyết định", 20), new Column("Cấp công nhận", 12), new Column("Chuỗi giá trị", 10),
            new Column("Ghi chú", 28));
    private static final List<Column> ENTITY_COLUMNS = List.of(
            new Column("Tên chủ thể", 38), new Column("Loại hình", 14), new Column("Xã", 16),
            new Column("Mã số thuế", 14), new Column("Năm thành lập", 11), new Column("Số thành viên", 11),
            new Column("Số lao động", 11));
    private static final List<Column> COMMUNE_COLUMNS = List.of(
            new Column("Xã", 26), new Column("Năm đạt chuẩn NTM", 13), new Column("Xã ĐBKK", 10),
            new Column("Tổng số hộ", 12), new Column("Số hộ nghèo", 12));
    private static final List<Column> SUPPORT_COLUMNS = List.of(
            new Column("Loại hỗ trợ", 22), new Column("Đối tượng", 52), new Column("Xã", 16),
            new Column("Năm", 8), new Column("Kinh phí (triệu đồng)", 14), new Column("Nguồn vốn", 30));

    private final Cover cover;
    private final Look look;
    private final SampleData data;
    private final Workbook workbook;
    private final CellStyles styles;
    private final List<String> badRowCells = new ArrayList<>();

    private SubmissionWorkbook(Cover cover, SampleData data) {
        this.cover = cover;
        this.look = cover.look();
        this.data = data;
        this.workbook = cover.file().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
        this.styles = new CellStyles(workbook);
    }

    static Built build(Cover cover, SampleData data) {
        SubmissionWorkbook submission = new SubmissionWorkbook(cover, data);
        submission.coverSheet();
        submission.productSheet();
        submission.entitySheet();
        submission.communeSheet();
        submission.supportSheet();
        submission.documentProperties();
        return new Built(submission.workbook, submission.badRowCells);
    }

    private void coverSheet() {
        var sheet = workbook.createSheet("Thông tin");
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 36 * 256);
        SheetWriter out = new SheetWriter(sheet, styles);
        out.text(labelled(out, "Mã huyện"), 1, cover.district(), styles.textFormat);
        out.text(labelled(out, "Huyện"), 1, cover.districtName());
        out.text(labelled(out, "Kỳ báo cáo"), 1, cover.periodLabel());
        out.text(labelled(out, "Người lập"), 1, cover.preparer());
        out.date(labelled(out, "Ngày lập"), 1, cover.preparedOn());
        out.text(labelled(out, "Số điện thoại"), 1, cover.phone());
        out.text(labelled(out, "Email"), 1, cover.email());
    }

    /** A new cover row holding {@code label} in column A; the caller puts the value in B. */
    private Row labelled(SheetWriter out, String label) {
        Row row = out.row();
        out.text(row, 0, label, styles.totalLabel);
        return row;
    }

    private void productSheet() {
        SheetWriter out = new SheetWriter(workbook.createSheet("Sản phẩm"), styles);
        titles(out, "Biểu tổng hợp sản phẩm OCOP " + cover.unitName() + " " + periodPhrase(),
                "(Sản phẩm được công nhận từ 3 sao trở lên, kèm theo báo cáo của UBND " + cover.unitName() + ")",
                PRODUCT_COLUMNS);
        out.header(PRODUCT_COLUMNS);
        int stt = 0;
        for (Rating rating : ratings()) {
            productRow(out, ++stt, rating);
            for (BadRow bad : data.badRows()) {
                if (bad.period().equals(cover.period()) && bad.district().equals(cover.district())
                        && bad.afterCode().equals(rating.code())) {
                    badProductRow(out, ++stt, bad);
                }
            }
        }
        if (look.totalsOn().equals("products")) {
            Row row = out.row();
            out.text(row, 0, "Tổng cộng", styles.totalLabel);
            out.text(row, 2, stt + " sản phẩm", styles.totalLabel);
        }
    }

    /** The district's cumulative list: every rating recognised up to the end of the period. */
    private List<Rating> ratings() {
        return data.ratings().stream()
                .filter(r -> r.district().equals(cover.district()))
                .filter(r -> !r.round().recognisedOn().isAfter(cover.periodEnd()))
                .toList();
    }

    private void productRow(SheetWriter out, int stt, Rating r) {
        Row row = out.row();
        out.number(row, 0, stt, styles.centred);
        out.text(row, 1, look.productCodes() ? r.code() : "");
        out.text(row, 2, r.name());
        writeSet(out, row, r.set(), r.setWritten());
        out.text(row, 4, r.entity());
        out.text(row, 5, r.commune());
        writeStars(out, row, r.stars());
        out.number(row, 7, r.score());
        writeDate(out, row, r.round().recognisedOn(), null);
        out.text(row, 9, r.round().decisionNo());
        out.text(row, 10, r.round().level(), styles.centred);
        out.text(row, 11, r.valueChain() ? "Có" : "", styles.centred);
        out.text(row, 12, r.note(), styles.wrapped);
    }

    private void badProductRow(SheetWriter out, int stt, BadRow b) {
        Row row = out.row();
        out.number(row, 0, stt, styles.centred);
        out.text(row, 2, b.name());
        writeSet(out, row, b.set(), "");
        out.text(row, 4, b.entity());
        out.text(row, 5, b.commune());
        writeStars(out, row, b.stars());
        out.number(row, 7, b.score());
        writeDate(out, row, SampleData.isoDateOrNull(b.recognisedOn()), b.recognisedOn());
        out.text(row, 9, b.decisionNo());
        out.text(row, 10, "Tỉnh", styles.centred);
        out.text(row, 11, b.valueChain() ? "Có" : "", styles.centred);
        out.text(row, 12, b.note(), styles.wrapped);
        badRowCells.add(cover.period() + "/" + cover.file() + " | Sản phẩm | row " + out.lastExcelRow()
                + " | " + b.problem());
    }

    private void writeSet(SheetWriter out, Row row, int set, String written) {
        if (!written.isEmpty()) {
            out.text(row, 3, written);
        } else if (look.setsAsNames()) {
            out.text(row, 3, data.setNames().get(set));
        } else {
            out.number(row, 3, set, styles.centred);
        }
    }

    private void writeStars(SheetWriter out, Row row, int stars) {
        if (look.starsAsText()) {
            out.text(row, 6, stars + " sao", styles.centred);
        } else {
            out.number(row, 6, stars, styles.centred);
        }
    }

    /** {@code date} null means the clerk typed something that is not a date: keep it as typed. */
    private void writeDate(SheetWriter out, Row row, LocalDate date, String typed) {
        if (date == null) {
            out.text(row, 8, typed);
        } else if (look.datesAsText()) {
            out.text(row, 8, date.format(DMY));
        } else {
            out.date(row, 8, date);
        }
    }

    private void entitySheet() {
        SheetWriter out = new SheetWriter(workbook.createSheet("Chủ thể"), styles);
        titles(out, "Danh sách chủ thể sản xuất sản phẩm OCOP " + cover.unitName(),
                "(Kỳ báo cáo: " + cover.periodLabel() + ")", ENTITY_COLUMNS);
        out.header(ENTITY_COLUMNS);
        for (Entity e : data.entities()) {
            if (!e.district().equals(cover.district())) {
                continue;
            }
            Row row = out.row();
            out.text(row, 0, e.name());
            out.text(row, 1, look.fullEntityTypes() ? FULL_TYPES.get(e.type()) : e.type());
            out.text(row, 2, e.commune());
            out.text(row, 3, e.taxCode(), styles.textFormat);
            out.number(row, 4, e.founded(), styles.centred);
            out.number(row, 5, e.members());
            out.number(row, 6, e.workers());
        }
    }

    private void communeSheet() {
        SheetWriter out = new SheetWriter(workbook.createSheet("Xã"), styles);
        titles(out, "Chỉ tiêu nông thôn mới, xã ĐBKK và hộ nghèo " + cover.unitName() + " " + periodPhrase(),
                "(Số hộ nghèo theo kết quả rà soát " + (cover.period().endsWith("H1") ? "đến 30/6/"
                        + cover.periodEnd().getYear() : "cuối năm " + cover.periodEnd().getYear()) + ")",
                COMMUNE_COLUMNS);
        out.header(COMMUNE_COLUMNS);
        int first = out.lastExcelRow() + 1;
        for (CommuneRow c : data.communes()) {
            if (!c.period().equals(cover.period()) || !c.district().equals(cover.district())) {
                continue;
            }
            Row row = out.row();
            String name = look.communeTypeWord()
                    ? data.communeType(c.district(), c.commune(), cover.periodEnd()) + " " + c.commune()
                    : c.commune();
            out.text(row, 0, name);
            out.number(row, 1, c.ntmYear(), styles.centred);
            out.text(row, 2, c.dbkk() ? "Có" : "Không", styles.centred);
            out.number(row, 3, c.households(), styles.thousands);
            out.number(row, 4, c.poor(), styles.thousands);
        }
        if (look.totalsOn().equals("communes")) {
            int last = out.lastExcelRow();
            Row row = out.row();
            out.text(row, 0, "Tổng cộng", styles.totalLabel);
            sum(row, 3, "D", first, last);
            sum(row, 4, "E", first, last);
        }
    }

    /** A SUM with its cached value, so a reader that does not recalculate still sees the total. */
    private void sum(Row row, int column, String letter, int first, int last) {
        Cell cell = row.createCell(column);
        cell.setCellFormula("SUM(" + letter + first + ":" + letter + last + ")");
        cell.setCellStyle(styles.totalThousands);
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        evaluator.evaluateFormulaCell(cell);
    }

    private void supportSheet() {
        SheetWriter out = new SheetWriter(workbook.createSheet("Hỗ trợ"), styles);
        titles(out, "Kết quả hỗ trợ thực hiện chương trình OCOP " + cover.unitName() + " "
                        + (cover.period().endsWith("H1") ? periodPhrase() : "giai đoạn 2018-2020"),
                "(Đơn vị tính kinh phí: triệu đồng)", SUPPORT_COLUMNS);
        out.header(SUPPORT_COLUMNS);
        for (Support s : data.support()) {
            if (!s.period().equals(cover.period()) || !s.district().equals(cover.district())) {
                continue;
            }
            Row row = out.row();
            out.text(row, 0, s.type());
            out.text(row, 1, s.target(), styles.wrapped);
            out.text(row, 2, s.commune());
            out.number(row, 3, s.year(), styles.centred);
            out.number(row, 4, s.amount());
            out.text(row, 5, s.source());
        }
    }

    /** One or two title lines above the header, then an empty spacer row, as clerks do it. */
    private void titles(SheetWriter out, String title, String subtitle, List<Column> columns) {
        out.title(title.toUpperCase(VI), columns, true);
        if (look.titleRows() > 1) {
            out.title(subtitle, columns, false);
        }
        out.blankRow();
    }

    private String periodPhrase() {
        int year = cover.periodEnd().getYear();
        return cover.period().endsWith("H1") ? "6 tháng đầu năm " + year : "năm " + year;
    }

    /**
     * Fixed author and dates (the cover's Ngày lập, 09:00 Hà Nội time) so that regenerating gives
     * the same files rather than ones stamped with today's date.
     */
    private void documentProperties() {
        Date stamp = Date.from(cover.preparedOn().atTime(9, 0).toInstant(ZoneOffset.ofHours(7)));
        String title = "Báo cáo OCOP " + cover.unitName() + " " + cover.periodLabel();
        if (workbook instanceof XSSFWorkbook xssf) {
            POIXMLProperties properties = xssf.getProperties();
            POIXMLProperties.CoreProperties core = properties.getCoreProperties();
            core.setCreator(cover.preparer());
            core.setLastModifiedByUser(cover.preparer());
            core.setTitle(title);
            core.setCreated(Optional.of(stamp));
            core.setModified(Optional.of(stamp));
            properties.getExtendedProperties().setCompany("UBND " + cover.unitName());
        } else if (workbook instanceof HSSFWorkbook hssf) {
            hssf.createInformationProperties();
            SummaryInformation summary = hssf.getSummaryInformation();
            // without a code page HPSF writes Latin-1 and the preparer's Vietnamese name is lost
            summary.getFirstSection().setCodepage(CodePageUtil.CP_UNICODE);
            hssf.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UNICODE);
            summary.setAuthor(cover.preparer());
            summary.setLastAuthor(cover.preparer());
            summary.setTitle(title);
            summary.setCreateDateTime(stamp);
            summary.setLastSaveDateTime(stamp);
            hssf.getDocumentSummaryInformation().setCompany("UBND " + cover.unitName());
        }
    }
}
