package vn.backan.ocop.corpus;

import static vn.backan.ocop.corpus.Cell.error;
import static vn.backan.ocop.corpus.Cell.font;
import static vn.backan.ocop.corpus.Cell.formula;
import static vn.backan.ocop.corpus.Cell.noValue;
import static vn.backan.ocop.corpus.Cell.runs;
import static vn.backan.ocop.corpus.Cell.tcvn3;
import static vn.backan.ocop.corpus.Cell.tcvn3Capitals;
import static vn.backan.ocop.corpus.Cell.vni;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * The corpus: district workbooks as they really arrive, each with the outcome it must get (in
 * {@code src/test/resources/corpus/expected/<file>.expected}). Most are written here; the few that must
 * have been saved by LibreOffice are kept as files under {@code src/test/resources/corpus/files/}, made
 * from the sources {@link #main} writes (see the corpus README).
 */
final class CorpusFiles {

    /** Writes one corpus file into a folder. */
    @FunctionalInterface
    interface Writer {
        void write(Path file) throws IOException;
    }

    static final String[] PRODUCT = {"STT", "Mã sản phẩm", "Tên sản phẩm", "Bộ sản phẩm", "Chủ thể", "Xã", "Số sao",
            "Điểm", "Ngày công nhận", "Số quyết định", "Cấp công nhận", "Chuỗi giá trị", "Ghi chú"};
    static final String[] ENTITY = {"Tên chủ thể", "Loại hình", "Xã", "Mã số thuế", "Năm thành lập", "Số thành viên", "Số lao động"};
    static final String[] COMMUNE = {"Xã", "Năm đạt chuẩn NTM", "Xã ĐBKK", "Tổng số hộ", "Số hộ nghèo"};
    static final String[] SUPPORT = {"Loại hỗ trợ", "Đối tượng", "Xã", "Năm", "Kinh phí (triệu đồng)", "Nguồn vốn"};

    private static final LocalDate ROUND_2019 = LocalDate.of(2019, 12, 16);
    private static final LocalDate ROUND_2020 = LocalDate.of(2020, 12, 18);

    private CorpusFiles() {
    }

    /** Every corpus file by name, in the order they are written. */
    static Map<String, Writer> all() {
        Map<String, Writer> files = new LinkedHashMap<>();
        files.put("061-bo-cuc-2019.xlsx", CorpusFiles::layout);
        files.put("062-nhieu-sheet-2019.xlsx", CorpusFiles::lookAlikeSheets);
        files.put("063_2019.xlsx", CorpusFiles::noCover);
        files.put("064-cho-don-2019.xlsx", CorpusFiles::coverContradictsName);
        files.put("bao-cao-ocop.xlsx", CorpusFiles::noIdentity);
        files.put("065-2025-H2.xlsx", CorpusFiles::periodOutOfScope);
        files.put("huyen-khac-2020.xlsx", CorpusFiles::unknownDistrict);
        files.put("063-bieu-khac-2021.xlsx", CorpusFiles::noTemplateSheet);
        files.put("065-o-du-lieu-2019.xlsx", CorpusFiles::cells);
        files.put("066-tieng-viet-2019.xls", CorpusFiles::vietnameseText);
        files.put("066-xa-2021.xlsx", CorpusFiles::communesThroughTime);
        files.put("062-van-tung-2023-H1.xlsx", CorpusFiles::vanTung);
        files.put("060-pac-nam-2019.xlsx", CorpusFiles::earlierRound);
        files.put("060-quy-tac-2020.xlsx", CorpusFiles::rules);
        files.put("058-tp-bac-kan-2020.xlsm", CorpusFiles::macroEnabled);
        files.put("066-na-ri-2020.xlsx", file -> correction(file, LocalDate.of(2021, 1, 5), 3, 64, false));
        files.put("066-na-ri-2020-sua.xlsx", file -> correction(file, LocalDate.of(2021, 1, 20), 4, 75, true));
        files.put("065-excel-2020.xlsx", ExcelStyleXlsx::write);
        files.put("064-libreoffice-2020.xlsx", committed("064-libreoffice-2020.xlsx"));
        files.put("063-libreoffice-2020.xls", committed("063-libreoffice-2020.xls"));
        files.put("061-ba-be-2020.ods", committed("061-ba-be-2020.ods"));
        files.put("064-excel-2021.xls", ExcelSavedXls::filled);
        files.put("064-excel-goc-2022.xls", ExcelSavedXls::asSaved);
        files.put("062-excel95-2020.xls", file -> Biff5.write(file, "Thông tin", List.of(List.of("Mã huyện", "062"), List.of("Kỳ báo cáo", "2020"))));
        files.put("061-mat-khau-2020.xlsx", CorpusFiles::encryptedXlsx);
        files.put("062-mat-khau-2020.xls", CorpusFiles::encryptedXls);
        files.put("058-khong-phai-excel-2020.xlsx", file -> Files.writeString(file, "Báo cáo OCOP năm 2020 (bản Word dán vào)\n"));
        // Official tables pasted as they are (issue 10)
        files.put("063-phu-luc-qd-2022.xlsx", OfficialTables::decisionAppendix);
        files.put("062-phu-luc-qd-2022.xls", OfficialTables::decisionAppendixTcvn3);
        files.put("064-bieu-02-2023.xlsx", OfficialTables::reportAnnex);
        files.put("063-bieu-02-2023.xlsx", OfficialTables::reportAnnexProblems);
        files.put("060-bieu-02-2022.xls", OfficialTables::reportAnnexVni);
        files.put("065-bieu-02-trong-2021.xlsx", OfficialTables::reportAnnexEmpty);
        files.put("066-so-theo-doi-2024.xlsx", OfficialTables::register);
        files.put("058-so-theo-doi-2023.xls", OfficialTables::registerTcvn3);
        files.put("061-danh-sach-bo-2023.xlsx", OfficialTables::nationalList);
        files.put("065-danh-sach-bo-2024.xls", OfficialTables::nationalListXls);
        files.put("061-bang-khong-doc-duoc-2022.xlsx", OfficialTables::unreadableTable);
        files.put("ghi-chu.txt", file -> Files.writeString(file, "Các huyện gửi báo cáo trước ngày 15/01.\n"));
        return files;
    }

    /** The LibreOffice-saved files, as written before conversion: {@code soffice} turns these into the committed files. */
    static Map<String, Writer> libreOfficeSources() {
        Map<String, Writer> sources = new LinkedHashMap<>();
        sources.put("064-libreoffice-2020.xlsx", CorpusFiles::libreOfficeXlsxSource);
        sources.put("063-libreoffice-2020.xlsx", CorpusFiles::libreOfficeXlsSource);
        sources.put("061-ba-be-2020.xlsx", CorpusFiles::odsSource);
        return sources;
    }

    /** Writes the sources of the LibreOffice-saved files into the folder given (see the corpus README). */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/corpus-sources"));
        for (Map.Entry<String, Writer> source : libreOfficeSources().entrySet()) {
            source.getValue().write(folder.resolve(source.getKey()));
        }
        System.out.println("Sources written to " + folder.toAbsolutePath());
    }

    private static Writer committed(String name) {
        return file -> {
            try (InputStream in = CorpusFiles.class.getResourceAsStream("/corpus/files/" + name)) {
                if (in == null) {
                    throw new IOException("corpus file missing from src/test/resources/corpus/files: " + name);
                }
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        };
    }

    // 1. Layouts ------------------------------------------------------------------------------------

    /**
     * Ba Bể 2019: titles and a merged title over a two-row header (group titles merged over their columns,
     * notes in brackets under some names), a row of column numbers, columns in the clerk's order, an unknown column and a hidden one, empty rows,
     * a hidden row, a note typed only in the unknown column, a totals row, the signature block.
     */
    static void layout(Path file) throws IOException {
        Book book = Book.xlsx().cover("061", "Năm 2019", LocalDate.of(2020, 1, 10));
        Page p = book.sheet("Sản phẩm");
        p.row("UBND HUYỆN BA BỂ");
        p.title("BIỂU TỔNG HỢP SẢN PHẨM OCOP NĂM 2019", "N");
        p.title("(Kèm theo Báo cáo số 15/BC-UBND ngày 10/01/2020 của UBND huyện Ba Bể)", "N");
        p.skip(1);
        p.row("STT", "Tên sản phẩm", "Xã", "Chủ thể", "Kết quả đánh giá", null, null, "Văn bản công nhận", null,
                "Bộ sản phẩm", "Người phụ trách", "Mã sản phẩm", "Chuỗi giá trị", "Ghi chú");
        p.row(null, null, null, null, "Hạng sao\n(1-5)", "Tổng điểm", "Ngày quyết định\n(ngày/tháng/năm)", "Số QĐ", "Cấp");
        for (String range : List.of("A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:G5", "H5:I5", "J5:J6", "K5:K6", "L5:L6", "M5:M6", "N5:N6")) {
            p.merge(range);
        }
        p.row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)", "(13)", "(14)");
        p.hideColumn("L");
        p.row(1, "Mật ong Bành Trạch", "Bành Trạch", "HTX Ong mật Bành Trạch", 3, 62, ROUND_2019, "2390/QĐ-UBND", "Tỉnh",
                4, "Anh Hùng", "BB-01", "Có");
        p.skip(1);
        p.row(2, "Trà giảo cổ lam Nam Mẫu", "Nam Mẫu", "HTX Trà Nam Mẫu", 4, "75,5", ROUND_2019, "2390/QĐ-UBND", "Tỉnh",
                12, null, "BB-02");
        p.skip(2);
        p.row(3, "Cá nướng Hồ Ba Bể", "Khang Ninh", "Tổ hợp tác Cá Khang Ninh", 3, 55, ROUND_2019, "2390/QĐ-UBND", "Tỉnh",
                8, null, "BB-03").hideLastRow();
        p.at("K14", "Đã kiểm tra ngày 08/01");
        p.row(4, "Gạo nếp Cao Trĩ", "Cao Trĩ", "HTX Nông nghiệp Cao Trĩ", 3, 58, ROUND_2019, "2390/QĐ-UBND", "Tỉnh",
                3, null, "BB-04");
        p.row("Tổng cộng: 4 sản phẩm").merge("A16:D16");
        p.skip(1);
        p.at("J18", "Ba Bể, ngày 10 tháng 01 năm 2020");
        p.at("B19", "Người lập biểu").at("J19", "KT. CHỦ TỊCH");
        p.at("J20", "PHÓ CHỦ TỊCH");
        p.at("B21", "(Ký, ghi rõ họ tên)").at("J21", "(Ký tên, đóng dấu)");
        p.at("B24", "Nông Thị Hoa").at("J24", "Hoàng Văn Bình");

        Page e = book.sheet("Chủ thể");
        e.title("DANH SÁCH CHỦ THỂ OCOP HUYỆN BA BỂ", "H");
        e.skip(1);
        e.row("Xã", "Tên chủ thể", "Loại hình", "Mã số thuế", "Năm thành lập", "Số lao động", "Số thành viên", "Địa chỉ");
        e.hideColumn("D");
        e.row("Bành Trạch", "HTX Ong mật Bành Trạch", "HTX", "4700100101", 2015, 12, 7, "Thôn Pác Ngòi");
        e.row("Nam Mẫu", "HTX Trà Nam Mẫu", "HTX", "4700100102", 2016, 9, 7);
        e.skip(1);
        e.row("Khang Ninh", "Tổ hợp tác Cá Khang Ninh", "THT", null, 2018, 6, 6);
        e.row("Cao Trĩ", "HTX Nông nghiệp Cao Trĩ", "HTX", "4700100104", 2012, 25, 10);

        // The commune names were left out when the columns were rearranged.
        Page x = book.sheet("Xã");
        x.row("TT", "Năm đạt chuẩn NTM", "Xã ĐBKK", "Tổng số hộ", "Số hộ nghèo");
        x.row(1, null, "Có", "1.234", 210);
        x.row(2, 2019, "Không", 512, 98);

        Page h = book.sheet("Hỗ trợ");
        h.title("HỖ TRỢ PHÁT TRIỂN SẢN PHẨM OCOP NĂM 2019", "F");
        h.row("Năm 2019 huyện không có nội dung hỗ trợ.");
        book.write(file);
    }

    /**
     * Ngân Sơn 2019: the template's blank "Sản phẩm" left in place, the data in its copy "Sản phẩm (2)", an
     * old draft "SP cũ" hidden with data in it; the entities in "Sheet1", found by their header; no "Hỗ trợ".
     */
    static void lookAlikeSheets(Path file) throws IOException {
        Book book = Book.xlsx().cover("062", "2019", LocalDate.of(2020, 1, 8));
        Page blank = book.sheet("Sản phẩm");
        blank.title("BIỂU TỔNG HỢP SẢN PHẨM OCOP", "M");
        blank.row(PRODUCT);
        for (int i = 1; i <= 5; i++) {
            blank.row(i);
        }
        blank.skip(1);
        blank.at("C9", "Người lập biểu").at("J9", "Thủ trưởng đơn vị");

        Page copy = book.sheet("Sản phẩm (2)");
        copy.row(PRODUCT);
        copy.row(1, null, "Gạo nếp khẩu nua lếch Thượng Quan", 3, "HTX Khẩu nua lếch Thượng Quan", "Thượng Quan", 4, 72, ROUND_2019);
        copy.row(2, null, "Miến dong Lãng Ngâm", 6, "HTX Miến Lãng Ngâm", "Lãng Ngâm", 3, 60, ROUND_2019);

        Page draft = book.sheet("SP cũ");
        draft.row(PRODUCT);
        draft.row(1, null, "Gạo nếp khẩu nua lếch Thượng Quan", 3, "HTX Khẩu nua lếch Thượng Quan", "Thượng Quan", 3, 65,
                LocalDate.of(2018, 12, 12));
        book.hide("SP cũ");

        Page entities = book.sheet("Sheet1");
        entities.row(ENTITY);
        entities.row("HTX Khẩu nua lếch Thượng Quan", "HTX", "Thượng Quan");
        entities.row("HTX Miến Lãng Ngâm", "HTX", "Lãng Ngâm");

        Page x = book.sheet("Xã");
        x.row(COMMUNE);
        x.row("Thượng Quan", 2019, "x", 980, 320);
        book.write(file);
    }

    /** Bạch Thông 2019 without a cover sheet: district and period from the file name; Sỹ/Sĩ Bình. */
    static void noCover(Path file) throws IOException {
        Book book = Book.xlsx();
        Page p = book.sheet("Sản phẩm");
        p.row(PRODUCT);
        p.row(1, null, "Hồng không hạt Sỹ Bình", 7, "HTX Hồng Sỹ Bình", "Sỹ Bình", 3, 60, ROUND_2019);
        p.row(2, null, "Chè Phương Linh", 11, "HTX Chè Phương Linh", "Phương Linh", 3, 55, ROUND_2019);
        Page e = book.sheet("Chủ thể");
        e.row(ENTITY);
        e.row("HTX Hồng Sĩ Bình", "HTX", "Sĩ Bình");
        e.row("HTX Chè Phương Linh", "HTX", "Phương Linh");
        book.write(file);
    }

    /** A file named for Chợ Đồn whose cover says Chợ Mới: loading it under either would overwrite the wrong data. */
    static void coverContradictsName(Path file) throws IOException {
        Book book = Book.xlsx().cover("065", "2019", LocalDate.of(2020, 1, 9));
        Page p = book.sheet("Sản phẩm");
        p.row(PRODUCT);
        p.row(1, null, "Chè shan tuyết Bằng Phúc (bản nhầm)", 11, "HTX Chè Bằng Phúc", "Bằng Phúc", 4, 78, ROUND_2019);
        book.write(file);
    }

    /** No cover and a file name without district or period. */
    static void noIdentity(Path file) throws IOException {
        Book book = Book.xlsx();
        Page p = book.sheet("Sản phẩm");
        p.row(PRODUCT);
        p.row(1, null, "Sản phẩm không rõ huyện", 4, "HTX Không rõ", "Côn Minh", 3, 60, ROUND_2019);
        book.write(file);
    }

    /** A period after the district level ended (2025-06-30). */
    static void periodOutOfScope(Path file) throws IOException {
        Book book = Book.xlsx().cover("065", "6 tháng cuối năm 2025", LocalDate.of(2026, 1, 5));
        book.sheet("Sản phẩm").row(PRODUCT);
        book.write(file);
    }

    /** A cover naming a district of another province. */
    static void unknownDistrict(Path file) throws IOException {
        Book book = Book.xlsx().cover("Huyện Bảo Lạc", "2020", LocalDate.of(2021, 1, 5));
        book.sheet("Sản phẩm").row(PRODUCT);
        book.write(file);
    }

    /** A report written as prose, with no sheet of the template. */
    static void noTemplateSheet(Path file) throws IOException {
        Book book = Book.xlsx().cover("063", "2021", LocalDate.of(2022, 1, 5));
        Page report = book.sheet("Báo cáo");
        report.row("BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM 2021");
        report.row("Năm 2021 huyện có 3 sản phẩm được công nhận 3 sao (chi tiết gửi sau).");
        book.write(file);
    }

    // 2. Cells --------------------------------------------------------------------------------------

    /**
     * Chợ Mới 2019: numbers typed as text with Vietnamese separators, dates in every accepted form, formulas
     * with cached values, without one, with #REF! and #N/A, codes with leading zeros, stray spaces,
     * non-breaking and zero-width characters, star ratings written five ways.
     */
    static void cells(Path file) throws IOException {
        Book book = Book.xlsx().cover("065", "2019", LocalDate.of(2020, 1, 6));
        Page p = book.sheet("Sản phẩm");
        p.row(PRODUCT);
        String nghe = "HTX Nghệ Thanh Mai";
        String nongSan = "HTX Nông sản Chợ Mới";
        p.row(1, "00123", "Tinh bột nghệ Thanh Mai", 7, nghe, "02101", "3 sao", "69,5", LocalDate.of(2019, 12, 12));
        p.row(2, null, "Nghệ đen\u00A0Thanh Mai   ", 7, nghe + "\u200B", " Thanh Mai\u00A0", "3*", 65, "16/12/2019");
        p.row(3, null, "Măng khô Yên Cư", 7, nongSan, "Yên Cư", "★★★", 60, "5/6/19");
        p.row(4, null, "Mật ong Như Cố", 4, nongSan, "Như Cố", "III", formula("50+10", 60.0), "2019-12-16");
        p.row(5, null, "Bún khô Bình Văn", 6, nongSan, "Bình Văn", "4.0", noValue("SUM(H2:H5)"), ROUND_2019);
        p.row(6, null, "Miến dong Nông Hạ", 6, nongSan, "Nông Hạ", 3, 58, "2019");
        p.row(7, null, "Rượu men lá Quảng Chu", 14, nongSan, "Quảng Chu", 3, 55, 2019);
        p.row(8, null, "Gừng Cao Kỳ", 10, nongSan, "Cao Kỳ", error("#REF!+1", FormulaError.REF), 60, ROUND_2019);
        p.row(9, null, "Chè Tân Sơn", 11, nongSan, error("VLOOKUP(B10,Xa!A:B,2,0)", FormulaError.NA), 3, 60, ROUND_2019);
        p.row(10, null, "Quýt Yên Hân", 7, nongSan, "Yên Hân", "4 sao", 80, Cell.date("DATE(2019,12,12)", LocalDate.of(2019, 12, 12)));
        p.row(11, null, "Dưa cải Hòa Mục", 7, nongSan, "Hòa Mục", 3, 52, ROUND_2019);
        p.row(12, new Cell.Number(124, "00000"), "Gạo nếp Như Cố", 3, nongSan, new Cell.Number(2122, "00000"), 3, 61, ROUND_2019);

        Page e = book.sheet("Chủ thể");
        e.row(ENTITY);
        e.row(nghe, "HTX", "02101", "0123456789", 2015, "12", "1.234");
        e.row(nongSan, "Hợp tác xã", "Yên Cư", 470012346, "2016", 9, 20);

        Page x = book.sheet("Xã");
        x.row(COMMUNE);
        x.row("Thanh Mai", 2016, "Có", "1.234", "210");
        x.row("Yên Cư", null, "x", 980, formula("ROUND(D3*0.3,0)", 294.0));

        Page h = book.sheet("Hỗ trợ");
        h.row(SUPPORT);
        h.row("Dự án", "Dự án trồng nghệ Thanh Mai", "Thanh Mai", 2019, "1.234,5", "Ngân sách tỉnh");
        h.row("Chuỗi giá trị", "Chuỗi nghệ Thanh Mai", "Thanh Mai", "2019", "69,5", "Ngân sách huyện");
        book.write(file);
    }

    // 3. Vietnamese text ----------------------------------------------------------------------------

    /**
     * Na Rì 2019, Excel 97-2003: TCVN3 (.VnTime, and .VnTimeH capitals for the header), VNI, a cell mixing a
     * Unicode run with a TCVN3 run, decomposed Unicode, unaccented headers; entities named "HTX …" on one sheet
     * and "Hợp tác xã …" on the other, "Cty TNHH … Bắc Cạn" against "Công ty TNHH … Bắc Kạn"; Liêm Thủy/Thuỷ.
     */
    static void vietnameseText(Path file) throws IOException {
        Book book = Book.xls();
        Page cover = book.sheet("Thông tin");
        cover.row(tcvn3("Mã huyện"), "066");
        cover.row(tcvn3("Kỳ báo cáo"), vni("Năm 2019"));
        cover.row("Ngày lập", LocalDate.of(2020, 1, 7));

        Page p = book.sheet("Sản phẩm");
        p.row(tcvn3Capitals("Biểu tổng hợp sản phẩm OCOP huyện Na Rì năm 2019")).merge("A1:I1");
        p.skip(1);
        p.row("STT", tcvn3Capitals("Tên sản phẩm"), tcvn3Capitals("Bộ sản phẩm"), tcvn3Capitals("Chủ thể"),
                tcvn3Capitals("Xã"), tcvn3Capitals("Số sao"), tcvn3Capitals("Điểm"), tcvn3Capitals("Ngày công nhận"), "GHI CHU");
        p.row(1, tcvn3("Miến dong Côn Minh"), 6, nfd("HTX Miến dong Côn Minh"), vni("Xã Côn Minh"), 4, 76, ROUND_2019,
                tcvn3("Sản phẩm chủ lực"));
        p.row(2, runs(font("Gạo nếp ", "Times New Roman"), tcvn3("cẩm Kim Lư")), 3, "Cty TNHH Nông sản Bắc Cạn", "Kim Lư", 3, 62,
                ROUND_2019);
        p.row(3, nfd("Bánh gai Liêm Thủy"), 6, nfd("HKD Bánh gai Liêm Thủy"), nfd("Liêm Thủy"), 3, 50, ROUND_2019);
        p.row(4, "Rau bò khai Yến Lạc", 1, "HTX Rau Yến Lạc", "02134", 3, 57, ROUND_2019);

        Page e = book.sheet("Chủ thể");
        e.row(nfd("Tên chủ thể"), "LOAI HINH", "XA", "Ma so thue");
        e.row(tcvn3("Hợp tác xã Miến dong Côn Minh"), "HTX", vni("Côn Minh"));
        e.row("Công ty TNHH Nông sản Bắc Kạn", "DN", "Kim Lư", "4700222333");
        e.row("Hộ kinh doanh Bánh gai Liêm Thuỷ", null, "Liêm Thuỷ");
        e.row("HTX Rau Yến Lạc", "HTX", "TT Yến Lạc");

        Page x = book.sheet("Xã");
        x.row(COMMUNE);
        x.row(nfd("Xã Liêm Thủy"), 2019, "Không", 612, 100);
        book.write(file);
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    // 4. Communes through time ----------------------------------------------------------------------

    /**
     * Na Rì 2021: communes merged on 2020-02-01 named on earlier and later dates, a split commune, the old
     * code of thị trấn Yến Lạc, a near miss, a commune of another district, a commune named before it existed.
     */
    static void communesThroughTime(Path file) throws IOException {
        Book book = Book.xlsx().cover("066", "2021", LocalDate.of(2022, 1, 10));
        Page p = book.sheet("Sản phẩm");
        p.row(PRODUCT);
        String htx = "HTX Nông sản Na Rì";
        LocalDate round2021 = LocalDate.of(2021, 6, 15);
        p.row(1, null, "Miến dong Hảo Nghĩa", 6, htx, "Hảo Nghĩa", 3, 60, ROUND_2019);
        p.row(2, null, "Măng khô Hảo Nghĩa", 7, htx, "Hảo Nghĩa", 3, 61, round2021);
        p.row(3, null, "Gạo nếp Văn Học", 3, htx, "Văn Học", 3, 62, round2021);
        p.row(4, null, "Thạch đen Yến Lạc", 7, htx, "02134", 3, 63, round2021);
        p.row(5, null, "Trà hoa vàng Côn Minh", 12, htx, "Côn Mimh", 3, 64, round2021);
        p.row(6, null, "Cá hồ Chợ Rã", 8, htx, "Chợ Rã", 3, 65, round2021);
        p.row(7, null, "Bánh khảo Trần Phú", 6, htx, "Trần Phú", 3, 66, ROUND_2019);
        Page e = book.sheet("Chủ thể");
        e.row(ENTITY);
        e.row(htx, "HTX", "Trần Phú");
        Page x = book.sheet("Xã");
        x.row(COMMUNE);
        x.row("Hảo Nghĩa", 2020, "Không", 700, 120);
        x.row("Yến Lạc", 2018, "Không", 1500, 150);
        x.row("Lương Hạ", null, "Có", 400, 180);
        book.write(file);
    }

    /** Ngân Sơn, first half of 2023: Vân Tùng a xã until 2023-04-09, a thị trấn from 2023-04-10; a rating after the period. */
    static void vanTung(Path file) throws IOException {
        Book book = Book.xlsx().cover("062", "6 tháng đầu năm 2023", LocalDate.of(2023, 7, 5));
        Page p = book.sheet("Sản phẩm");
        p.row(PRODUCT);
        String htx = "HTX Nông nghiệp Vân Tùng";
        p.row(1, null, "Gạo nếp Vân Tùng", 3, htx, "Xã Vân Tùng", 3, 60, LocalDate.of(2023, 3, 1));
        p.row(2, null, "Bánh khảo Vân Tùng", 6, htx, "Thị trấn Vân Tùng", 3, 61, LocalDate.of(2023, 5, 10));
        p.row(3, null, "Mận hậu Vân Tùng", 1, htx, "Vân Tùng", 3, 62, LocalDate.of(2023, 7, 15));
        p.row(4, null, "Chè Bằng Vân", 11, htx, "Bằng Vâm", 3, 63, LocalDate.of(2023, 5, 10));
        p.row(5, null, "Mật ong Nà Pài", 4, htx, "Bản Nà Pài", 3, 64, LocalDate.of(2023, 5, 10));
        Page e = book.sheet("Chủ thể");
        e.row(ENTITY);
        e.row(htx, "HTX", "Vân Tùng");
        Page x = book.sheet("Xã");
        x.row(COMMUNE);
        x.row("Thị trấn Vân Tùng", 2015, "Không", 1100, 90);
        x.row("Hiệp Lực", null, "Có", 650, 260);
        book.write(file);
    }

    // 5. Rules --------------------------------------------------------------------------------------

    /** Pác Nặm 2019: the round the 2020 file repeats, its products grouped under titles inside the table. */
    static void earlierRound(Path file) throws IOException {
        Book book = Book.xlsx().cover("060", "2019", LocalDate.of(2020, 1, 6));
        Page p = book.sheet("Sản phẩm");
        p.row(PRODUCT);
        p.row("I", null, "SẢN PHẨM ĐẠT 3 SAO");
        p.row(1, "PN-01", "Gạo nếp khẩu nua lếch Bằng Thành", 3, "HTX Nông nghiệp Bằng Thành", "Bằng Thành", 3, 60, ROUND_2019,
                "2390/QĐ-UBND", "Tỉnh");
        p.row(2, "PN-02", "Thịt trâu sấy Bộc Bố", 8, "HTX Bộc Bố", "Bộc Bố", 3, 55, ROUND_2019, "2390/QĐ-UBND", "Tỉnh");
        p.row("II. SẢN PHẨM ĐẠT 4 SAO: không có").merge("A5:M5");
        Page e = book.sheet("Chủ thể");
        e.row(ENTITY);
        e.row("HTX Nông nghiệp Bằng Thành", "HTX", "Bằng Thành");
        e.row("HTX Bộc Bố", "HTX", "Bộc Bố");
        book.write(file);
    }

    /** Pác Nặm 2020: one row per rule of every sheet, and the rules across rows, sheets and files. */
    static void rules(Path file) throws IOException {
        Book book = Book.xlsx().cover("060", "2020", LocalDate.of(2021, 1, 8));
        Page p = book.sheet("Sản phẩm");
        p.row(PRODUCT);
        String decision = "2481/QĐ-UBND";
        p.row(1, "PN-01", "Gạo nếp khẩu nua lếch Bằng Thành", 3, "HTX Nông nghiệp Bằng Thành", "Bằng Thành", 3, 64, ROUND_2019,
                "2390/QĐ-UBND", "Tỉnh");
        p.row(2, "PN-02", "Thịt trâu sấy Bộc Bố", 8, "HTX Bộc Bố", "Bộc Bố", 3, 55, ROUND_2019, "2390/QĐ-UBND", "Tỉnh");
        p.row(3, "PN-03", "Miến dong Nghiên Loan", 6, "HTX Miến Nghiên Loan", "Nghiên Loan", 4, 95, ROUND_2020, decision, "Tỉnh");
        p.row(4, "PN-04", "Tinh dầu Xuân La", 20, "HTX Xuân La", "Xuân La", 3, 105, ROUND_2020, decision, "Tỉnh");
        p.row(5, "PN-05", "Rau sắng Cổ Linh", 1, "Tổ hợp tác Cổ Linh", "Cổ Linh", 2, 45, ROUND_2020, decision, "Huyện");
        p.row(6, "PN-06", "Hồng không hạt Cao Tân", 1, "HTX Cao Tân", "Cao Tân", 5, 92, ROUND_2020, decision, "Tỉnh");
        p.row(7, "PN-07", "Chè Giáo Hiệu", 11, "HTX Giáo Hiệu", "Giáo Hiệu", 3, 60, LocalDate.of(2021, 1, 15), decision, "Tỉnh");
        p.row(8, "PN-08", "Mật ong Công Bằng", 4, "HTX Công Bằng", "Công Bằng", 3, 60, LocalDate.of(2017, 12, 1), decision, "Tỉnh");
        p.row(9, "PN-09", "Gạo tẻ An Thắng", "Gạo", "HTX An Thắng", "An Thắng", 3, 60, ROUND_2020, decision, "Tỉnh");
        p.row(10, "PN-10", "Bánh chưng An Thắng", "Thực phẩm", "HTX An Thắng", "An Thắng", 3, 60, ROUND_2020, decision, "Tỉnh");
        p.row(11, "PN-11", "Nấm hương Nhạn Môn", 4, "HTX Nhạn Môn", "Nhạn Môn", 3, 60, ROUND_2020, decision, "Xã");
        p.row(12, "PN-12", "Măng khô Nhạn Môn", 7, "HTX Nhạn Môn", "Nhạn Môn", 3, 60, ROUND_2020, decision, "Tỉnh", "có lẽ");
        p.row(13, "PN-02", "Thịt trâu sấy Bộc Bố", 8, "HTX Bộc Bố", "Bộc Bố", 3, 55, ROUND_2019, "2390/QĐ-UBND", "Tỉnh");
        p.row(14, null, "Trà hoa vàng Cao Tân", 12, "HTX Hoa Vàng", "Cao Tân", 3, 60, ROUND_2020, decision, "Tỉnh");
        p.row(15, "PN-15", null, 3, "HTX Nông nghiệp Bằng Thành", "Bằng Thành", 3, 60, ROUND_2020, decision, "Tỉnh");
        p.row(16, null, "Trà shan tuyết Khau Slôm", 11, "HTX Trà Khau Slôm", "Bằng Thành", 3, 60, ROUND_2020, decision, "Tỉnh");
        p.row(17, null, "Gạo nếp Nghiên Loan", 3, "HTX Miến Nghiên Loan", "Nghiên Loan", "ba sao", 60, ROUND_2020, decision, "Tỉnh");
        p.row(18, null, "Ớt Nghiên Loan", 10, "HTX Miến Nghiên Loan", "Nghiên Loan", 3, 60, "32/13/2020", decision, "Tỉnh");
        p.row(19, null, "Tỏi Nghiên Loan", 10, "HTX Miến Nghiên Loan", "Nghiên Loan", 3, "bảy mươi", ROUND_2020, decision, "Tỉnh");

        Page e = book.sheet("Chủ thể");
        e.row(ENTITY);
        e.row("HTX Nông nghiệp Bằng Thành", "HTX", "Bằng Thành", "4700123");
        e.row("HTX Bộc Bố", "Liên hiệp HTX", "Bộc Bố");
        e.row("HTX Miến Nghiên Loan", "HTX", "Nghiên Loan", null, 1940);
        e.row("HTX Xuân La", "HTX", "Xuân La", null, 2017, -5);
        e.row("Tổ hợp tác Cổ Linh", "THT", "Cổ Linh", null, 2019, 5, "nhiều");
        e.row("HTX Cao Tân", "HTX", "Cao Tân");
        e.row("HTX Giáo Hiệu", "HTX", "Giáo Hiệu");
        e.row("HTX Công Bằng", "HTX", "Công Bằng");
        e.row("HTX An Thắng", "HTX", "An Thắng");
        e.row("HTX Nhạn Môn", "HTX", "Nhạn Môn");
        e.row("HTX Trà Khau Slôm", "HTX", "Bằng Thành");

        Page x = book.sheet("Xã");
        x.row(COMMUNE);
        x.row("Bằng Thành", 2009, "Có", 900, 400);
        x.row("Bộc Bố", null, "Có", 500, 600);
        x.row("Nhạn Môn", null, "Không", "khoảng 700", 200);
        x.row("Cổ Linh", null, "Có", 800, 300);
        x.row("Cổ Linh", null, "Có", 800, 310);

        Page h = book.sheet("Hỗ trợ");
        h.row(SUPPORT);
        h.row("Hỗ trợ giống", "HTX Nhạn Môn", "Nhạn Môn", 2020, 30);
        h.row("Dự án", "Dự án chè Bằng Thành", "Bằng Thành", 2017, 200);
        h.row("Chuỗi giá trị", "Chuỗi gạo nếp Bằng Thành", null, 2020, -10);
        h.row("Tái cơ cấu HTX", "HTX Bộc Bố", "Bộc Bố", 2020, 50);
        h.row("Hỗ trợ nhân lực", null, "Cao Tân", 2020, 40);
        h.row("Thành lập chủ thể mới", "HTX Trà Khau Slôm", "Bằng Thành", "năm ngoái", 20);
        book.write(file);
    }

    // 6. Formats ------------------------------------------------------------------------------------

    /** Thành phố Bắc Kạn 2020 as .xlsm with a VBA project (never run): "P." for phường, Xuất Hoá/Hóa, a product Pác Nặm also reports. */
    static void macroEnabled(Path file) throws IOException {
        Book book = Book.xlsm().cover("058", "2020", LocalDate.of(2021, 1, 11));
        Page p = book.sheet("Sản phẩm");
        p.row(PRODUCT);
        p.row(1, null, "Trà shan tuyết Khau Slôm", 11, "HTX Trà Khau Slôm", "01849", 3, 60, ROUND_2020);
        p.row(2, null, "Bún khô Phùng Chí Kiên", 6, "HTX Bún Phùng Chí Kiên", "P. Phùng Chí Kiên", 3, 62, ROUND_2020);
        p.row(3, null, "Cá suối Xuất Hoá", 8, "HTX Cá Xuất Hoá", "Xuất Hoá", 3, 64, ROUND_2020);
        Page e = book.sheet("Chủ thể");
        e.row(ENTITY);
        e.row("HTX Trà Khau Slôm", "HTX", "Dương Quang");
        e.row("HTX Bún Phùng Chí Kiên", "HTX", "Phùng Chí Kiên");
        e.row("HTX Cá Xuất Hóa", "HTX", "Xuất Hóa");
        Path plain = file.resolveSibling(file.getFileName() + ".tmp");
        book.write(plain);
        addVbaProject(plain, file);
        Files.delete(plain);
    }

    /** Adds xl/vbaProject.bin (bytes that are not even a real project: it is never opened) to a macro-enabled package. */
    private static void addVbaProject(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        try (OPCPackage pkg = OPCPackage.open(to.toFile())) {
            PackagePartName name = PackagingURIHelper.createPartName("/xl/vbaProject.bin");
            PackagePart vba = pkg.createPart(name, "application/vnd.ms-office.vbaProject");
            try (OutputStream out = vba.getOutputStream()) {
                out.write("Attribute VB_Name = \"Module1\"\nSub Auto_Open()\n  Kill \"C:\\*.*\"\nEnd Sub\n".getBytes(StandardCharsets.US_ASCII));
            }
            PackagePart workbook = pkg.getPartsByContentType("application/vnd.ms-excel.sheet.macroEnabled.main+xml").get(0);
            workbook.addRelationship(name, TargetMode.INTERNAL, "http://schemas.microsoft.com/office/2006/relationships/vbaProject");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /**
     * Na Rì 2020, first sent without its Chủ thể sheet, then corrected with it: the correction (later Ngày lập)
     * is in force.
     */
    static void correction(Path file, LocalDate preparedOn, int stars, int score, boolean entities) throws IOException {
        Book book = Book.xlsx().cover("066", "2020", preparedOn);
        Page p = book.sheet("Sản phẩm");
        p.row(PRODUCT);
        p.row(1, null, "Gạo nếp cẩm Cư Lễ", 3, "HTX Gạo Cư Lễ", "Cư Lễ", stars, score, ROUND_2020);
        if (entities) {
            Page e = book.sheet("Chủ thể");
            e.row(ENTITY);
            e.row("HTX Gạo Cư Lễ", "HTX", "Cư Lễ");
        }
        book.write(file);
    }

    static void encryptedXlsx(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("backan2020");
            Book book = Book.xlsx().cover("061", "2020", LocalDate.of(2021, 1, 5));
            book.sheet("Sản phẩm").row(PRODUCT);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                book.workbook().write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    static void encryptedXls(Path file) throws IOException {
        Book book = Book.xls().cover("062", "2020", LocalDate.of(2021, 1, 5));
        book.sheet("Sản phẩm").row(PRODUCT);
        Biff8EncryptionKey.setCurrentUserPassword("backan2020");
        try {
            book.write(file);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    // Sources of the LibreOffice-saved files ---------------------------------------------------------

    /** Chợ Đồn 2020, saved by LibreOffice as .xlsx: merged title, formulas, a TCVN3 name, a merged commune, a totals row. */
    static void libreOfficeXlsxSource(Path file) throws IOException {
        Book book = Book.xlsx().cover("064", "2020", LocalDate.of(2021, 1, 12));
        Page p = book.sheet("Sản phẩm");
        p.title("BIỂU TỔNG HỢP SẢN PHẨM OCOP HUYỆN CHỢ ĐỒN NĂM 2020", "M");
        p.skip(1);
        p.row(PRODUCT);
        p.row(1, null, "Chè shan tuyết Bằng Phúc", 11, "HTX Chè Bằng Phúc", "Bằng Phúc", 4, formula("70+8", 78.0), ROUND_2020);
        p.row(2, null, "Miến dong Rã Bản", 6, "HTX Miến Rã Bản", "Rã Bản", 3, 60, ROUND_2019);
        p.row(3, null, tcvn3("Gừng gió Yên Phong"), 10, "HTX Gừng Yên Phong", "Phong Huân", 3, 55, ROUND_2020);
        p.row("Tổng cộng", null, formula("COUNTA(C4:C6)", 3.0)).merge("A7:B7");
        Page e = book.sheet("Chủ thể");
        e.row(ENTITY);
        e.row("HTX Chè Bằng Phúc", "HTX", "Bằng Phúc", "0470000123");
        e.row("HTX Miến Rã Bản", "HTX", "Đồng Thắng");
        e.row("HTX Gừng Yên Phong", "HTX", "Yên Phong");
        book.write(file);
    }

    /** Bạch Thông 2020, saved by LibreOffice as .xls: VNI text, a date typed as text, Tân Tiến after the merger. */
    static void libreOfficeXlsSource(Path file) throws IOException {
        Book book = Book.xlsx().cover("063", "2020", LocalDate.of(2021, 1, 12));
        Page p = book.sheet("Sản phẩm");
        p.row(PRODUCT);
        p.row(1, null, "Cam Quang Thuận", 7, "HTX Cam Quang Thuận", "Quang Thuận", 4, 80, "18/12/2020");
        p.row(2, null, vni("Miến dong Tân Tiến"), 6, "HTX Miến Tân Tiến", "Tân Tiến", 3, 60, ROUND_2020);
        p.row(3, null, "Quýt Quân Bình", 7, "HTX Quýt Quân Bình", "Quân Bình", 3, 62, ROUND_2019);
        Page e = book.sheet("Chủ thể");
        e.row(ENTITY);
        e.row("HTX Cam Quang Thuận", "HTX", "Quang Thuận");
        e.row("HTX Miến Tân Tiến", "HTX", "Tân Tú");
        e.row("HTX Quýt Quân Bình", "HTX", "Quân Hà");
        book.write(file);
    }

    /** Ba Bể 2020 saved as OpenDocument: not read. */
    static void odsSource(Path file) throws IOException {
        Book book = Book.xlsx().cover("061", "2020", LocalDate.of(2021, 1, 12));
        Page p = book.sheet("Sản phẩm");
        p.row(PRODUCT);
        p.row(1, null, "Mật ong Bành Trạch", 4, "HTX Ong mật Bành Trạch", "Bành Trạch", 3, 62, ROUND_2020);
        book.write(file);
    }
}
