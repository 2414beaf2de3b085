package vn.backan.ocop.intake.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.DateUtil;

/** Display strings and date conversion shared by the .xlsx and .xls readers. */
final class CellValues {

    /** Excel keeps and shows at most 15 significant digits; more are binary noise (0.30000000000000004). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY_SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private CellValues() {
    }

    /**
     * The width of a number format made of zeros alone ("00000" for commune codes, "0000000000" for tax
     * codes), which Excel shows with leading zeros; 0 for any other format.
     */
    static int zeroPadding(String formatCode) {
        if (formatCode == null) {
            return 0;
        }
        String first = formatCode.split(";", -1)[0];
        return first.length() >= 2 && first.length() <= 15 && first.chars().allMatch(c -> c == '0') ? first.length() : 0;
    }

    /** The display text of a whole, non-negative number under a format of {@code width} zeros: "1849" → "01849". */
    static String padded(String text, double value, int width) {
        if (width <= 0 || value < 0 || value != Math.rint(value) || text.length() >= width || !text.chars().allMatch(Character::isDigit)) {
            return text;
        }
        return "0".repeat(width - text.length()) + text;
    }

    static String numberText(double value) {
        return plain(new BigDecimal(Double.toString(value)));
    }

    /**
     * The display text of a number as written in the XML. Excel writes the shortest form that
     * round-trips, so most values are already as typed and skip the BigDecimal work.
     */
    static String numberText(String stored, double value) {
        if (isShortPlainDecimal(stored)) {
            return stored;
        }
        // POI, and the programs built on it, write every number as Java prints a double: "71.0", "43102.0".
        int length = stored.length();
        if (length > 2 && stored.charAt(length - 1) == '0' && stored.charAt(length - 2) == '.') {
            String whole = stored.substring(0, length - 2);
            if (isShortPlainDecimal(whole)) {
                return whole;
            }
        }
        return numberText(value);
    }

    private static String plain(BigDecimal value) {
        BigDecimal rounded = value.precision() > 15 ? value.round(EXCEL_PRECISION) : value;
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** Digits with at most one point, no exponent, no needless zeros, at most 15 significant digits. */
    private static boolean isShortPlainDecimal(String s) {
        int length = s.length();
        int i = 0;
        if (length > 0 && s.charAt(0) == '-') {
            i = 1;
        }
        if (i >= length || length > 17) {
            return false;
        }
        int digits = 0;
        int point = -1;
        for (int p = i; p < length; p++) {
            char c = s.charAt(p);
            if (c == '.') {
                if (point >= 0) {
                    return false;
                }
                point = p;
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else {
                return false;
            }
        }
        if (digits == 0 || digits > 15) {
            return false;
        }
        boolean leadingZeroBeforeDigit = s.charAt(i) == '0' && length > i + 1 && s.charAt(i + 1) != '.';
        if (leadingZeroBeforeDigit || point == i || point == length - 1) {
            return false;
        }
        if (point > 0 && s.charAt(length - 1) == '0') {
            return false;
        }
        // "-0" is zero
        return !(i == 1 && length == 2 && s.charAt(1) == '0');
    }

    /** @return the date of an Excel serial, or null if the serial is not a valid Excel date */
    static LocalDateTime toDate(double serial, boolean date1904) {
        if (!DateUtil.isValidExcelDate(serial)) {
            return null;
        }
        if (serial == Math.rint(serial) && serial >= FIRST_PLAIN_DAY && serial <= LAST_DAY) {
            // A whole day after the phantom 1900-02-29 (serial 60): a count of days, without POI's rounding of the
            // time through BigDecimal (a fifth of what reading a number allocated). CellValuesTest compares the two.
            return (date1904 ? EPOCH_1904 : EPOCH_1900).plusDays((long) serial).atStartOfDay();
        }
        return DateUtil.getLocalDateTime(serial, date1904, true);
    }

    private static final int FIRST_PLAIN_DAY = 61;
    /** 9999-12-31 in the 1900 system: Excel's last day. */
    private static final int LAST_DAY = 2_958_465;
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    static String dateText(double serial, LocalDateTime date) {
        LocalTime time = date.toLocalTime();
        if (serial < 1 && serial >= 0) {
            return (time.getSecond() == 0 ? MINUTES : SECONDS).format(time);
        }
        if (time.equals(LocalTime.MIDNIGHT)) {
            return DAY.format(date);
        }
        return (time.getSecond() == 0 ? DAY_MINUTES : DAY_SECONDS).format(date);
    }
}
