package vn.backan.ocop.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.Messages;

/**
 * Rules as staff read them: the short Vietnamese name of the bundle ({@code <CODE>.name}) in place of
 * the code, the count kept. The codes stay beside the names, in the sheet's last column, for filtering.
 */
final class IssueNames {

    /** "DATE_INVALID (2)", as the quality query lists the rules broken most. */
    private static final Pattern COUNTED = Pattern.compile("([A-Z][A-Z0-9_]*) \\((\\d+)\\)");

    private IssueNames() {
    }

    /** "COMMUNE_OTHER_DISTRICT (1), DATE_INVALID (2)" → "Xã thuộc huyện khác (1); Ngày không hợp lệ (2)". */
    static String of(String counted) {
        if (counted == null || counted.isBlank()) {
            return "";
        }
        List<String> named = new ArrayList<>();
        Matcher m = COUNTED.matcher(counted);
        while (m.find()) {
            named.add(name(m.group(1)) + " (" + m.group(2) + ")");
        }
        return named.isEmpty() ? counted : String.join("; ", named);
    }

    /** The codes alone, for filtering: "COMMUNE_OTHER_DISTRICT, DATE_INVALID". */
    static String codes(String counted) {
        if (counted == null) {
            return "";
        }
        List<String> codes = new ArrayList<>();
        Matcher m = COUNTED.matcher(counted);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return String.join(", ", codes);
    }

    /** A rule's Vietnamese name; a code this build does not know (an older warehouse's) stays as it is. */
    static String name(String code) {
        try {
            IssueCode.valueOf(code);
        } catch (IllegalArgumentException unknown) {
            return code;
        }
        return Messages.vietnamese().text(code + ".name");
    }
}
