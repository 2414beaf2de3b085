package vn.backan.ocop.corpus;

import static vn.backan.ocop.corpus.Cell.tcvn3;
import static vn.backan.ocop.corpus.Cell.tcvn3Capitals;
import static vn.backan.ocop.corpus.Cell.vni;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * District workbooks made of official tables pasted as they are, cover sheet kept (issue 10): the appendix
 * of a decision approving a round, the district report annex "Biểu số 02", the register of valid products,
 * the Ministry's national list; in .xlsx, and in .xls typed in TCVN3 or VNI fonts. Names of products,
 * producers, villages and communes are Bắc Kạn's.
 */
final class OfficialTables {

    private OfficialTables() {
    }

    /** Text as typed: plain Unicode, or in a legacy font. */
    private static Function<String, Object> plain() {
        return text -> text;
    }

    // Appendix of a decision ------------------------------------------------------------------------

    /**
     * Bạch Thông 2022: the appendix of the decision approving the round, pasted into a sheet of its own
     * ("Phụ lục"); the decision only in the title; sections by star level and for re-certified products;
     * some rows leave the stars to their section; addresses in full.
     */
    static void decisionAppendix(Path file) throws IOException {
        Book book = Book.xlsx().cover("063", "Năm 2022", LocalDate.of(2023, 1, 6));
        Page p = book.sheet("Phụ lục");
        p.row("UBND TỈNH BẮC KẠN");
        p.title("PHỤ LỤC", "G");
        p.title("DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN ĐẠT TIÊU CHUẨN OCOP NĂM 2022", "G");
        p.title("(Kèm theo Quyết định số 2159/QĐ-UBND ngày 30/11/2022 của UBND tỉnh Bắc Kạn)", "G");
        p.skip(1);
        p.row("TT", "Tên sản phẩm", "Tên chủ thể", "Địa chỉ", "Điểm", "Hạng sao", "Ghi chú");
        p.row("I", "SẢN PHẨM ĐẠT 4 SAO");
        p.row(1, "Hồng không hạt Nguyên Phúc", "HTX Nông nghiệp Nguyên Phúc",
                "Thôn Nà Lẹng, xã Nguyên Phúc, huyện Bạch Thông, tỉnh Bắc Kạn", 72, 4);
        p.row(2, "Quýt Quang Thuận", "HTX Dịch vụ nông nghiệp Quang Thuận", "Thôn Nà Ngịu, xã Quang Thuận, huyện Bạch Thông",
                "74,5");
        p.row("II", "SẢN PHẨM ĐẠT 3 SAO");
        p.row(3, "Rượu ngô Đôn Phong", "Tổ hợp tác Rượu Đôn Phong", "Bản Tàn, xã Đôn Phong", 63, 3);
        p.row(4, "Bánh gio Cẩm Giàng", "Hộ kinh doanh Hoàng Thị Mai", "Thôn Nà Bản, Cẩm Giàng, Bạch Thông", 58);
        p.row("III. SẢN PHẨM ĐƯỢC CẤP LẠI GIẤY CHỨNG NHẬN").merge("A13:G13");
        p.row(5, "Mật ong Vi Hương", "HTX Ong mật Vi Hương", "Xã Vi Hương, huyện Bạch Thông", 66, 3);
        book.write(file);
    }

    /**
     * Ngân Sơn 2022: a decision's appendix typed in TCVN3 (.VnTimeH title and header, .VnTime rows) and saved
     * as Excel 97-2003; two sections by star level, a row leaving its stars to the section.
     */
    static void decisionAppendixTcvn3(Path file) throws IOException {
        Book book = Book.xls().cover("062", "2022", LocalDate.of(2023, 1, 9));
        Page p = book.sheet("Sản phẩm");
        p.row(tcvn3Capitals("Phụ lục")).merge("A1:G1");
        p.row(tcvn3("Danh sách sản phẩm đạt tiêu chuẩn OCOP tỉnh Bắc Kạn năm 2022 (đợt 1)")).merge("A2:G2");
        p.row(tcvn3("(Kèm theo Quyết định số 1190/QĐ-UBND ngày 28/6/2022 của UBND tỉnh Bắc Kạn)")).merge("A3:G3");
        p.row(tcvn3Capitals("TT"), tcvn3Capitals("Tên sản phẩm"), tcvn3Capitals("Tên chủ thể"), tcvn3Capitals("Địa chỉ"),
                tcvn3Capitals("Điểm"), tcvn3Capitals("Hạng sao"), tcvn3Capitals("Ghi chú"));
        p.row("I", tcvn3("Sản phẩm đạt 4 sao"));
        p.row(1, tcvn3("Miến dong Cốc Đán"), tcvn3("HTX Miến dong Cốc Đán"), tcvn3("Thôn Nà Chào, xã Cốc Đán, huyện Ngân Sơn"), 71, 4);
        p.row(2, tcvn3("Chè shan tuyết Trung Hoà"), tcvn3("HTX Chè Trung Hoà"), tcvn3("Xã Trung Hòa, huyện Ngân Sơn"), 76);
        p.row("II", tcvn3("Sản phẩm đạt 3 sao"));
        p.row(3, tcvn3("Hạt dẻ Đức Vân"), tcvn3("Tổ hợp tác Hạt dẻ Đức Vân"), tcvn3("Bản Khuổi Thấy, Đức Vân, Ngân Sơn"), 60, 3);
        p.row(4, tcvn3("Lạp sườn Nà Phặc"), tcvn3("Hộ kinh doanh Lạp sườn Nà Phặc"), tcvn3("TT Nà Phặc, huyện Ngân Sơn"), 57, 3);
        book.write(file);
    }

    // District report annex "Biểu số 02" --------------------------------------------------------------

    /** One product row of the annex: the star level is ticked in column F, G or H as {@code ticks} says. */
    record AnnexRow(String name, String entity, String address, Object set, List<Object> ticks, Object score, String decision,
                    Object date) {
    }

    /**
     * The annex: "Biểu số 02" and its title, a header over two rows (stars as ticks under "Kết quả phân hạng",
     * the decision's number and date under "Quyết định công nhận"), a row of column numbers, the rows, a totals
     * row and, where given, the place and date and the signatures.
     */
    private static void annex(Page p, Function<String, Object> font, String district, String report, List<Object> numbers,
                              List<AnnexRow> rows, boolean signed) {
        p.row(font.apply("Biểu số 02"));
        p.row(font.apply("KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP")).merge("A2:L2");
        p.row(font.apply("(Kèm theo Báo cáo số " + report + " của UBND huyện " + district + ")")).merge("A3:L3");
        p.skip(1);
        p.row(font.apply("TT"), font.apply("Tên sản phẩm"), font.apply("Tên chủ thể"), font.apply("Địa chỉ"),
                font.apply("Bộ sản phẩm"), font.apply("Kết quả phân hạng"), null, null, font.apply("Điểm"),
                font.apply("Quyết định công nhận"), null, font.apply("Ghi chú"));
        p.row(null, null, null, null, null, font.apply("3 sao"), font.apply("4 sao"), font.apply("5 sao"), null,
                font.apply("Số"), font.apply("Ngày"));
        for (String range : List.of("A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:H5", "I5:I6", "J5:K5", "L5:L6")) {
            p.merge(range);
        }
        p.row(numbers.toArray());
        int n = 0;
        for (AnnexRow r : rows) {
            n++;
            p.row(n, font.apply(r.name()), font.apply(r.entity()), font.apply(r.address()), r.set(), r.ticks().get(0),
                    r.ticks().get(1), r.ticks().get(2), r.score(), r.decision(), r.date());
        }
        int totals = p.lastRow() + 1;
        p.row(font.apply("Tổng cộng"), null, n + " sản phẩm").merge("A" + totals + ":B" + totals);
        if (signed) {
            p.skip(1);
            int at = p.lastRow() + 1;
            p.at("J" + at, font.apply(district + ", ngày 05 tháng 01 năm 2024"));
            p.at("B" + (at + 1), font.apply("Người lập biểu")).at("J" + (at + 1), font.apply("TM. ỦY BAN NHÂN DÂN"));
            p.at("J" + (at + 2), font.apply("CHỦ TỊCH"));
            p.at("B" + (at + 5), font.apply("Hà Thị Lan")).at("J" + (at + 5), font.apply("Nông Văn Chí"));
        }
    }

    private static final List<Object> BRACKETED = List.of("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)",
            "(11)", "(12)");

    private static List<Object> tick(Object three, Object four, Object five) {
        return java.util.Arrays.asList(three, four, five);
    }

    /** Chợ Đồn 2023: the annex as the district sends it, ticks "x", "X", "✓" and 1, a totals row, signatures. */
    static void reportAnnex(Path file) throws IOException {
        Book book = Book.xlsx().cover("064", "Năm 2023", LocalDate.of(2024, 1, 5));
        Page p = book.sheet("Sản phẩm");
        String decision = "3105/QĐ-UBND";
        LocalDate round = LocalDate.of(2023, 12, 12);
        annex(p, plain(), "Chợ Đồn", "25/BC-UBND ngày 05/01/2024", BRACKETED, List.of(
                new AnnexRow("Gạo nếp Phương Viên", "HTX Nông nghiệp Phương Viên", "Thôn Nà Pẻn, xã Phương Viên, huyện Chợ Đồn", 3,
                        tick("x", null, null), 64, decision, round),
                new AnnexRow("Miến dong Bằng Lãng", "HTX Miến dong Bằng Lãng", "Xã Bằng Lãng, huyện Chợ Đồn", 6,
                        tick(null, "X", null), 75, decision, "12/12/2023"),
                new AnnexRow("Trà hoa vàng Đại Sảo", "HTX Trà hoa vàng Đại Sảo", "Thôn Khuổi Đá, Đại Sảo, Chợ Đồn", 12,
                        tick(null, "✓", null), 80, decision, round),
                new AnnexRow("Măng khô Bản Thi", "Tổ hợp tác Măng Bản Thi", "Xã Bản Thi, huyện Chợ Đồn", 7,
                        tick(1, null, null), 55, decision, round)), true);
        book.write(file);
    }

    /**
     * Bạch Thông 2023: the annex with what goes wrong in it: two levels ticked, none ticked, a district in the
     * address that is not the commune's, a village without its commune.
     */
    static void reportAnnexProblems(Path file) throws IOException {
        Book book = Book.xlsx().cover("063", "2023", LocalDate.of(2024, 1, 8));
        Page p = book.sheet("Sản phẩm");
        String decision = "2789/QĐ-UBND";
        LocalDate round = LocalDate.of(2023, 11, 20);
        annex(p, plain(), "Bạch Thông", "12/BC-UBND ngày 08/01/2024", BRACKETED, List.of(
                new AnnexRow("Bánh gio Lục Bình", "HTX Bánh Lục Bình", "Thôn Bản Đeng, xã Lục Bình, huyện Bạch Thông", 6,
                        tick("x", null, null), 60, decision, round),
                new AnnexRow("Hồng không hạt Quang Thuận", "HTX Hồng Quang Thuận", "Xã Quang Thuận, huyện Bạch Thông", 1,
                        tick("x", "x", null), 68, decision, round),
                new AnnexRow("Cam Vi Hương", "HTX Cam Vi Hương", "Xã Vi Hương, huyện Bạch Thông", 1,
                        tick(null, null, null), 62, decision, round),
                new AnnexRow("Miến dong Cao Sơn", "HTX Miến Cao Sơn", "Xã Cao Sơn, huyện Ba Bể", 6,
                        tick("x", null, null), 61, decision, round),
                new AnnexRow("Măng khô Vũ Muộn", "HTX Măng Vũ Muộn", "Thôn Khuổi Cuồng", 7,
                        tick("x", null, null), 59, decision, round)), false);
        book.write(file);
    }

    /** Pác Nặm 2022: the annex typed in VNI-Times, saved as Excel 97-2003; columns numbered 1..12; ticks "X", 1, "✓". */
    static void reportAnnexVni(Path file) throws IOException {
        Book book = Book.xls().cover("060", "2022", LocalDate.of(2023, 1, 10));
        Page p = book.sheet("Sản phẩm");
        String decision = "2345/QĐ-UBND";
        List<Object> numbers = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        annex(p, text -> vni(text), "Pác Nặm", "08/BC-UBND ngày 10/01/2023", numbers, List.of(
                new AnnexRow("Bí xanh thơm Bằng Thành", "HTX Bí thơm Bằng Thành", "Thôn Khuổi Khỉ, xã Bằng Thành, huyện Pác Nặm", 1,
                        tick("X", null, null), 62, decision, "15/11/2022"),
                new AnnexRow("Trà shan tuyết Cổ Linh", "HTX Chè Cổ Linh", "Xã Cổ Linh, huyện Pác Nặm", 11,
                        tick(null, 1, null), 71, decision, "15/11/2022"),
                new AnnexRow("Gừng gió Công Bằng", "HTX Gừng Công Bằng", "Bản Nà Mu, Công Bằng", 10,
                        tick("✓", null, null), 58, decision, "15/11/2022")), true);
        book.write(file);
    }

    /**
     * Chợ Mới 2021: the annex sent with its header and no row ("0 sản phẩm"): read, in force, and the clerk and
     * the province are told that it holds no data.
     */
    static void reportAnnexEmpty(Path file) throws IOException {
        Book book = Book.xlsx().cover("065", "2021", LocalDate.of(2022, 1, 6));
        annex(book.sheet("Sản phẩm"), plain(), "Chợ Mới", "03/BC-UBND ngày 06/01/2022", BRACKETED, List.of(), true);
        book.write(file);
    }

    // Register of valid products --------------------------------------------------------------------

    /**
     * Na Rì 2024: the register of valid products: "Phân loại sản phẩm" over Ngành hàng, Nhóm, Phân nhóm;
     * "Quyết định công nhận" over Số, Ngày; the certificate's expiry; a row without its date, a row with a bare
     * year; a district in the address that is not the commune's; a commune of another district.
     */
    static void register(Path file) throws IOException {
        Book book = Book.xlsx().cover("066", "Năm 2024", LocalDate.of(2025, 1, 6));
        Page p = book.sheet("Sản phẩm");
        p.title("SỔ THEO DÕI SẢN PHẨM OCOP CÒN HIỆU LỰC", "L");
        p.title("(Tính đến ngày 31/12/2024)", "L");
        p.skip(1);
        p.row("TT", "Tên sản phẩm", "Chủ thể sản xuất", "Địa chỉ", "Phân loại sản phẩm", null, null, "Số điểm", "Hạng sao",
                "Quyết định công nhận", null, "Thời hạn giấy chứng nhận");
        p.row(null, null, null, null, "Ngành hàng", "Nhóm", "Phân nhóm", null, null, "Số", "Ngày");
        for (String range : List.of("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:G4", "H4:H5", "I4:I5", "J4:K4", "L4:L5")) {
            p.merge(range);
        }
        p.row(1, "Miến dong sợi nhỏ Côn Minh", "HTX Miến dong Côn Minh", "Thôn Nà Đon, xã Côn Minh", "Thực phẩm",
                "Thực phẩm chế biến", "Chế biến từ gạo, ngũ cốc", 78, 4, "1256/QĐ-UBND", LocalDate.of(2022, 7, 15), "15/07/2025");
        p.row(2, "Trà hoa vàng Kim Hỷ", "HTX Trà hoa vàng Kim Hỷ", "Xã Kim Hỷ, huyện Na Rì", "Thực phẩm", "Chè",
                "Sản phẩm chè từ thực vật khác", 72, 4, "1256/QĐ-UBND", null, LocalDate.of(2025, 7, 15));
        p.row(3, "Gạo nếp vải Cường Lợi", "HTX Nông nghiệp Cường Lợi", "Thôn Nà Lầu, xã Cường Lợi, huyện Na Rì, tỉnh Bắc Kạn",
                "Thực phẩm", "Thực phẩm thô, sơ chế", "Gạo, ngũ cốc, hạt sơ chế khác", 65, 3, "2286/QĐ-UBND", 2021,
                LocalDate.of(2024, 12, 20));
        p.row(4, "Khăn thổ cẩm Văn Minh", "HTX Dệt thổ cẩm Văn Minh", "Xã Văn Minh, huyện Na Rì", "Hàng thủ công mỹ nghệ",
                "Vải, may mặc", null, 60, 3, "2286/QĐ-UBND", LocalDate.of(2021, 12, 20), LocalDate.of(2024, 12, 20));
        p.row(5, "Rượu men lá Lương Thượng", "Hộ kinh doanh Triệu Văn Quân", "Bản Cầu, xã Lương Thượng, huyện Chợ Đồn", "Đồ uống",
                "Đồ uống có cồn", "Rượu trắng", 61, 3, "2286/QĐ-UBND", LocalDate.of(2021, 12, 20), LocalDate.of(2024, 12, 20));
        p.row(6, "Mật ong Quang Phong", "HTX Ong mật Quang Phong", "Xã Đại Sảo, huyện Chợ Đồn", "Thực phẩm",
                "Thực phẩm thô, sơ chế", "Mật ong, mật khác và nông sản thực phẩm khác", 66, 3, "2286/QĐ-UBND",
                LocalDate.of(2021, 12, 20), LocalDate.of(2024, 12, 20));
        p.skip(1);
        p.at("H13", "Na Rì, ngày 31 tháng 12 năm 2024");
        p.at("H14", "KT. CHỦ TỊCH");
        p.at("H15", "PHÓ CHỦ TỊCH");
        p.at("H18", "Hoàng Văn Dũng");
        book.write(file);
    }

    /**
     * Thành phố Bắc Kạn 2023: a register typed in TCVN3 and saved as Excel 97-2003, with "Số quyết định công
     * nhận" and "Giấy chứng nhận có giá trị đến ngày" but no recognition date and no product set; one name that
     * tells no set, one expiry left blank; "Tổ 10, phường Đức Xuân", "P. Sông Cầu, TP Bắc Kạn".
     */
    static void registerTcvn3(Path file) throws IOException {
        Book book = Book.xls().cover("058", "2023", LocalDate.of(2024, 1, 4));
        Page p = book.sheet("Sản phẩm");
        p.row(tcvn3Capitals("Danh sách sản phẩm OCOP còn hiệu lực")).merge("A1:H1");
        p.skip(1);
        p.row(tcvn3("TT"), tcvn3("Tên sản phẩm"), tcvn3("Tên chủ thể"), tcvn3("Địa chỉ"), tcvn3("Số điểm"), tcvn3("Hạng sao"),
                tcvn3("Số quyết định công nhận"), tcvn3("Giấy chứng nhận có giá trị đến ngày"));
        p.row(1, tcvn3("Bánh chưng Đức Xuân"), tcvn3("Hộ kinh doanh Bánh chưng Đức Xuân"),
                tcvn3("Tổ 10, phường Đức Xuân, thành phố Bắc Kạn"), 63, 3, "2286/QĐ-UBND", LocalDate.of(2024, 12, 20));
        p.row(2, tcvn3("Trà hoa vàng Nông Thượng"), tcvn3("HTX Trà Nông Thượng"), tcvn3("Thôn Nà Vịt, xã Nông Thượng, TP Bắc Kạn"),
                73, 4, "1190/QĐ-UBND", "28/06/2025");
        p.row(3, tcvn3("Nem chua Sông Cầu"), tcvn3("Hộ kinh doanh Nem Sông Cầu"), tcvn3("P. Sông Cầu, TP Bắc Kạn"), 60, 3,
                "2286/QĐ-UBND", LocalDate.of(2024, 12, 20));
        p.row(4, tcvn3("Miến dong Dương Quang"), tcvn3("HTX Miến Dương Quang"), tcvn3("Xã Dương Quang"), 66, 3, "2286/QĐ-UBND");
        book.write(file);
    }

    // The Ministry's national list ------------------------------------------------------------------

    /** Ba Bể 2023: the Ministry's list of 5-star products, the level and the decision only in the title. */
    static void nationalList(Path file) throws IOException {
        Book book = Book.xlsx().cover("061", "2023", LocalDate.of(2024, 1, 3));
        Page p = book.sheet("Sản phẩm");
        p.row("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN");
        p.title("DANH SÁCH SẢN PHẨM OCOP 5 SAO (SẢN PHẨM OCOP QUỐC GIA) NĂM 2023", "F");
        p.title("(Kèm theo Quyết định số 1523/QĐ-BNN-KTHT ngày 28/4/2023 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn)", "F");
        p.skip(1);
        p.row("TT", "Tên sản phẩm", "Chủ thể sản xuất", "Địa chỉ", "Tỉnh, thành phố", "Điểm đánh giá");
        p.row(1, "Mật ong hoa rừng Hà Hiệu", "HTX Ong mật Hà Hiệu", "Thôn Bản Hon, xã Hà Hiệu, huyện Ba Bể", "Bắc Kạn", 91);
        p.row(2, "Thịt lợn đen sấy Chu Hương", "HTX Nông sản Chu Hương", "Chu Hương, Ba Bể", "Bắc Kạn", "90,5");
        p.row(3, "Miến dong Quảng Khê", "HTX Miến Quảng Khê", "Xã Quảng Khê, huyện Ba Bể", "Bắc Kạn", 92);
        book.write(file);
    }

    /**
     * Chợ Mới 2024: the Ministry's list saved as Excel 97-2003: a commune merged in 2020 named in the address,
     * a score outside the band of the level the title states.
     */
    static void nationalListXls(Path file) throws IOException {
        Book book = Book.xls().cover("065", "2024", LocalDate.of(2025, 1, 7));
        Page p = book.sheet("Sản phẩm");
        p.title("DANH SÁCH SẢN PHẨM OCOP ĐẠT 5 SAO NĂM 2024", "F");
        p.title("(Kèm theo Quyết định số 5210/QĐ-BNN-KTHT ngày 16/12/2024 của Bộ Nông nghiệp và Phát triển nông thôn)", "F");
        p.row("TT", "Tên sản phẩm", "Chủ thể sản xuất", "Địa chỉ", "Tỉnh, thành phố", "Điểm đánh giá");
        p.row(1, "Gạo Bao thai Thanh Vận", "HTX Nông nghiệp Thanh Vận", "Thôn Nà Ngàu, xã Thanh Vận, huyện Chợ Mới", "Bắc Kạn", 90);
        p.row(2, "Chè Yên Đĩnh", "HTX Chè Yên Đĩnh", "Xã Yên Đĩnh, huyện Chợ Mới", "Bắc Kạn", "91,5");
        p.row(3, "Rượu ngô men lá Mai Lạp", "HTX Rượu Mai Lạp", "Mai Lạp, Chợ Mới", "Bắc Kạn", 85);
        book.write(file);
    }

    // A table that cannot be read -------------------------------------------------------------------

    /**
     * Ba Bể 2022: a list pasted without a rating and without a place: no product table can be found, the
     * message says which columns were recognised and which are missing, and with no other sheet the file is
     * rejected (the version in force, if any, stays).
     */
    static void unreadableTable(Path file) throws IOException {
        Book book = Book.xlsx().cover("061", "2022", LocalDate.of(2023, 1, 5));
        Page p = book.sheet("Sản phẩm");
        p.title("DANH SÁCH SẢN PHẨM OCOP HUYỆN BA BỂ", "D");
        p.skip(1);
        p.row("STT", "Tên sản phẩm", "Tên chủ thể", "Năm công nhận");
        p.row(1, "Cá nướng Pác Ngòi", "HTX Cá Pác Ngòi", 2022);
        p.row(2, "Gạo nếp Mỹ Phương", "HTX Nông nghiệp Mỹ Phương", 2022);
        book.write(file);
    }
}
