package vn.backan.ocop.submission;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.backan.ocop.text.VietnameseText;

/** The five sheets of the submission workbook, found by name (or alias), never by position. */
public enum SheetKind {
    COVER("Thông tin", "Thong tin", "Cover", "Bia", "Bìa"),
    PRODUCT("Sản phẩm", "San pham", "SP", "Products"),
    ENTITY("Chủ thể", "Chu the", "Entities"),
    COMMUNE("Xã", "Xa", "Communes", "Chỉ tiêu xã"),
    SUPPORT("Hỗ trợ", "Ho tro", "Support");

    private final String title;
    private final Set<String> keys;

    SheetKind(String title, String... aliases) {
        this.title = title;
        this.keys = Arrays.stream(aliases).map(VietnameseText::headerKey).collect(Collectors.toSet());
        this.keys.add(VietnameseText.headerKey(title));
    }

    /** The sheet name the template uses. */
    public String title() {
        return title;
    }

    public boolean matchesName(String sheetName) {
        return keys.contains(VietnameseText.headerKey(sheetName));
    }

    /**
     * Words that clerks add to a copy of a sheet ("Sản phẩm (2)", "SP cũ", "Copy of Xã", "Chủ thể - bản sửa
     * 2020"), folded (so "copy" is "copi"). Without them and without numbers, a copy's name is the original's.
     */
    private static final Set<String> DRAFT_WORDS = Set.of("cu", "moi", "nhap", "ban", "sao", "copi", "of", "sua",
            "old", "new", "draft", "final", "chinh", "thuc", "ki", "nam", "h", "bo", "sung", "bs", "lan", "dot");

    /** Whether the name is this kind's name or alias with draft words and numbers around it. */
    public boolean resemblesName(String sheetName) {
        String core = Arrays.stream(VietnameseText.fold(sheetName).split(" "))
                .filter(word -> !word.isEmpty() && !DRAFT_WORDS.contains(word) && !word.matches("\\d+|h[12]|v\\d+"))
                .collect(Collectors.joining());
        return !core.isEmpty() && keys.contains(core);
    }

    /** The columns the template writes, in its order. */
    public List<Column> columns() {
        return Arrays.stream(Column.values()).filter(c -> c.sheet() == this && c.inTemplate()).toList();
    }

    /** Every column recognised when reading: the template's and those of the official tables districts paste. */
    public List<Column> recognised() {
        return Arrays.stream(Column.values()).filter(c -> c.sheet() == this).toList();
    }

    /** The data sheets, in the order they are read. */
    public static List<SheetKind> dataSheets() {
        return List.of(PRODUCT, ENTITY, COMMUNE, SUPPORT);
    }
}
