package vn.backan.ocop.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    @Test
    void theLettersCleanTrustsAsComposedAreLeftAsTheyAreByNfcNextToEachOther() {
        // clean skips the normalizer for text made only of these: every pair of them must be NFC already.
        StringBuilder trusted = new StringBuilder();
        for (char c = 0x20; c < 0xFFFF; c++) {
            if (!Character.isSurrogate(c) && VietnameseText.composedAsIs(c)) {
                trusted.append(c);
            }
        }
        assertThat(trusted.length()).isGreaterThan(800);
        int pairs = 0;
        for (int i = 0; i < trusted.length(); i++) {
            for (int j = 0; j < trusted.length(); j++) {
                String pair = "" + trusted.charAt(i) + trusted.charAt(j);
                if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) {
                    throw new AssertionError("not NFC: U+%04X U+%04X".formatted((int) pair.charAt(0), (int) pair.charAt(1)));
                }
                pairs++;
            }
        }
        assertThat(pairs).isEqualTo(trusted.length() * trusted.length());
        // And text with a decomposed mark, which is not trusted, is still composed.
        assertThat(VietnameseText.clean("Ba\u0306\u0301c Ka\u0323n")).isEqualTo("Bắc Kạn");
        assertThat(VietnameseText.clean("Na\u0300 Ri\u0300")).isEqualTo("Nà Rì");
    }

    @Test
    void cleanOfNullIsEmpty() {
        assertThat(VietnameseText.clean(null)).isEmpty();
        assertThat(VietnameseText.fold(null)).isEmpty();
        assertThat(VietnameseText.communeKey(null)).isEmpty();
    }

    // Escapes are written out so the invisible characters survive editors and diffs.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'Bắc\u00A0Kạn'|Bắc Kạn",
            "'Bắc\u2007Kạn'|Bắc Kạn",
            "'Bắc\u202FKạn'|Bắc Kạn",
            "'  Bắc \t\n Kạn  '|Bắc Kạn",
            "'Bắc\r\nKạn'|Bắc Kạn",
            "'Bắc\u200B Kạn'|Bắc Kạn",
            "'\uFEFFBắc Kạn'|Bắc Kạn",
            "'Bắc Kạn\u200C\u200D\u2060'|Bắc Kạn",
            "'Miến\u00AD dong'|Miến dong",
            "'Miến\u0007 dong\u0000'|Miến dong",
            "'Chợ\u200ERã'|ChợRã",
    })
    void cleanRemovesInvisiblesAndCollapsesSpaces(String raw, String expected) {
        assertThat(VietnameseText.clean(raw)).isEqualTo(expected);
    }

    /**
     * The marks are stripped letter by letter from a table where the letters are Latin, and by
     * normalizing the whole text elsewhere: both give the same, for every character of the basic
     * plane and for random text mixing Vietnamese letters, loose combining marks and other scripts.
     */
    @Test
    void strippingMarksByTheLetterTableGivesWhatNormalizingGives() {
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            String one = String.valueOf(c);
            assertThat(VietnameseText.stripMarks(one)).as("U+%04X", (int) c).isEqualTo(VietnameseText.stripMarksGeneral(one));
        }
        String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ "
                + "\u0300\u0301\u0303\u0309\u0323ñçøßǆǈ\u1E9Bκαλημέρα한국어漢字\uD83D\uDE00";
        for (String lower : randomTexts(letters, 20261206, 20_000, 12)) {
            assertThat(VietnameseText.stripMarks(lower)).as(lower).isEqualTo(VietnameseText.stripMarksGeneral(lower));
        }
    }

    /** {@code count} texts of 1 to {@code longest} characters drawn from {@code letters}, the same for a seed. */
    private static List<String> randomTexts(String letters, long seed, int count, int longest) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(longest); i >= 0; i--) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    /**
     * Folding in one pass by the letter tables gives what lowering, normalizing, mapping and collapsing give: every
     * character of the basic plane alone and between letters and spaces, then random text of the letters and
     * signs district workbooks hold (where the tables cannot fold a text, the one pass declines it).
     */
    @Test
    void foldingByTheLetterTableGivesWhatTheGeneralFoldGives() {
        int folded = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String text : new String[] {String.valueOf(c), "a" + c + "b", " " + c + "  Y", c + "-" + c}) {
                String cleaned = VietnameseText.clean(text);
                String byTable = VietnameseText.foldByTable(cleaned);
                if (byTable != null) {
                    folded++;
                    assertThat(byTable).as("U+%04X in '%s'", (int) c, text).isEqualTo(VietnameseText.foldGeneral(cleaned));
                }
            }
        }
        assertThat(folded).as("texts the tables folded").isGreaterThan(4 * 0x250);
        String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
                + "AĂÂĐÊÔƠƯÝỲỶỸỴẮẰẲẴẶ  -,.;:()*/\u00A0\u0300\u0301\u0309\u0130ñçøßǆǈ\u1E9Eκαλ한\uD83D\uDE00";
        for (String text : randomTexts(letters, 20261207, 50_000, 16)) {
            String cleaned = VietnameseText.clean(text);
            String byTable = VietnameseText.foldByTable(cleaned);
            if (byTable != null) {
                assertThat(byTable).as(text).isEqualTo(VietnameseText.foldGeneral(cleaned));
            }
        }
    }

    /** Names longer than what the keys remember are keyed all the same: a cooperative's full official name can be long. */
    @Test
    void longNamesGetTheirOwnKeys() {
        String words = "Nông nghiệp và Dịch vụ Tổng hợp ".repeat(5).strip();
        assertThat(words.length()).isGreaterThan(Memo.LONGEST);
        assertThat(VietnameseText.entityKey("Hợp tác xã " + words)).isEqualTo(VietnameseText.fold(words)).isNotEmpty();
        assertThat(VietnameseText.communeKey("Xã " + words)).isEqualTo(VietnameseText.fold(words));
    }

    /** Text already clean comes back as it is; text that is not takes the whole cleaning (the same result). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hợp tác xã Tài Hoan|Hợp tác xã Tài Hoan",
            "'Miến dong  Na Rì'|Miến dong Na Rì",
            "' Miến dong'|Miến dong",
            "'Miến dong '|Miến dong",
            "'Tab\tinside'|Tab inside",
            "'Ho\u0300a'|Hòa",
            "'Đào\u00A0Lý'|Đào Lý",
            "'A\u007Fb'|Ab",
    })
    void cleanTextComesBackAsItIs(String raw, String expected) {
        assertThat(VietnameseText.clean(raw)).isEqualTo(expected);
        if (raw.equals(expected)) {
            assertThat(VietnameseText.clean(raw)).isSameAs(raw);
        }
    }

    @Test
    void cleanComposesDecomposedInput() {
        String nfd = Normalizer.normalize("Hợp tác xã Tài Hoan", Normalizer.Form.NFD);
        assertThat(nfd).hasSizeGreaterThan("Hợp tác xã Tài Hoan".length());

        String cleaned = VietnameseText.clean(nfd);

        assertThat(cleaned).isEqualTo("Hợp tác xã Tài Hoan");
        assertThat(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void cleanComposesAcrossARemovedZeroWidthSpace() {
        // "ợ" typed as o + horn, then a stray ZWSP, then the dot below.
        assertThat(VietnameseText.clean("Ho\u031B\u200B\u0323p")).isEqualTo("Hợp");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hợp tác xã|hop tac xa",
            "ĐỒNG TÂM|dong tam",
            "Đức Xuân|duc xuan",
            "'  Miến   dong, Na Rì. '|mien dong na ri",
            "Sản phẩm (*)|san pham",
            "Trà/chè-xanh|tra che xanh",
            "Nguyễn Thị Minh Khai|nguien thi minh khai",
    })
    void foldLowersStripsDiacriticsAndPunctuation(String in, String expected) {
        assertThat(VietnameseText.fold(in)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hoà|hòa",
            "Hoà Mục|Hòa Mục",
            "thuỷ|thủy",
            "Liêm Thuỷ|Liêm Thủy",
            "sĩ|sỹ",
            "Sĩ Bình|Sỹ Bình",
            "kì|kỳ",
            "Cao Kỳ|Cao Kì",
            "Kim Hỷ|Kim Hỉ",
            "Bắc Cạn|Bắc Kạn",
            "Tỉnh Bắc Cạn|tinh bac kan",
            "BẮC CẠN|bắc kạn",
    })
    void foldUnifiesSpellingVariants(String a, String b) {
        assertThat(VietnameseText.fold(a)).isEqualTo(VietnameseText.fold(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // "can" only becomes "kan" right after "bac", as whole words.
            "Bắc Cạn|bac kan",
            "Cần Thơ|can tho",
            "Bắc Cạnh|bac canh",
            "Xóm Bắc Cạn Trên|xom bac kan tren",
            "Tây Bắc Cần|tai bac kan",
    })
    void bacCanIsOnlyRewrittenAsAWordPair(String in, String expected) {
        assertThat(VietnameseText.fold(in)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hoà Mục|Hòa Mục",
            "Liêm Thuỷ|Liêm Thủy",
            "Sĩ Bình|Sỹ Bình",
            "Xã Côn Minh|côn minh",
            "Thị trấn Yến Lạc|Yến Lạc",
            "TT. Yến Lạc|Yến Lạc",
            "tt Chợ Rã|Chợ Rã",
            "Phường Đức Xuân|Đức Xuân",
            "Huyện Ba Bể|Ba Bể",
            "Thành phố Bắc Kạn|Bắc Kạn",
            "TP. Bắc Kạn|Bắc Cạn",
            "tp Bắc Kạn|bac kan",
            "XÃ   HOÀ MỤC|hòa mục",
            "P. Phùng Chí Kiên|Phường Phùng Chí Kiên",
            "P.Sông Cầu|Sông Cầu",
            "X. Côn Minh|Xã Côn Minh",
    })
    void communeKeysMatch(String a, String b) {
        assertThat(VietnameseText.communeKey(a)).isEqualTo(VietnameseText.communeKey(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Xã Xuân Lạc|xuan lac",
            "Xuân Lạc|xuan lac",
            "Xuân La|xuan la",
            "Thượng Quan|thuong quan",
            "Thị trấn Yến Lạc|ien lac",
            "Xã|xa",
            "Thị trấn|thi tran",
            // Not the type word "tp", only its first letters.
            "Tpa Lạc|tpa lac",
            "Xãa Lạc|xaa lac",
            // A real commune of Thành phố Bắc Kạn: folds like "Huyện Tụng" but is not one.
            "Huyền Tụng|huien tung",
            "Xã Huyền Tụng|huien tung",
            "Huyện Ba Bể|ba be",
            "Huyen Ba Be|ba be",
            "HUYỆN BA BỂ|ba be",
            "TT.Yến Lạc|ien lac",
            "Thị tran Yến Lạc|ien lac",
            "Thi trấn Yến Lạc|ien lac",
            // Accented but not the type word: kept.
            "Xá Lạc|xa lac",
            "Thì trấn Yến Lạc|thi tran ien lac",
            // A single letter is an abbreviation only as a word of its own.
            "Pác Nặm|pac nam",
            "X|x",
    })
    void communeKeyStripsOnlyWholeTypeWords(String in, String expected) {
        assertThat(VietnameseText.communeKey(in)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HTX Tài Hoan|tai hoan",
            "Hợp tác xã Tài Hoan|tai hoan",
            "'htx  tài hoan'|tai hoan",
            "H.T.X Tài Hoan|h t x tai hoan",
            "Công ty TNHH một thành viên Miến Dong|mien dong",
            "Công ty TNHH MTV Miến Dong|mien dong",
            "Công ty TNHH Miến Dong|mien dong",
            "Công ty cổ phần Miến Dong|mien dong",
            "Công ty CP Miến Dong|mien dong",
            "CTCP Miến Dong|mien dong",
            "Công ty Miến Dong|mien dong",
            "Cty TNHH Miến Dong|mien dong",
            "Doanh nghiệp tư nhân Thanh Hà|thanh ha",
            "DNTN Thanh Hà|thanh ha",
            "Tổ hợp tác Chè Bằng Phúc|che bang phuc",
            "THT Chè Bằng Phúc|che bang phuc",
            "Hộ kinh doanh Nông Văn A|nong van a",
            "HKD Nông Văn A|nong van a",
            "Hộ sản xuất Nông Văn A|nong van a",
            "Cơ sở Mật ong Hoa Ban|mat ong hoa ban",
            "Cơ sở sản xuất Mật ong Hoa Ban|mat ong hoa ban",
            "Hợp tác xã|hop tac xa",
            "Công Tyre Bắc Kạn|cong tire bac kan",
            "Cống ty Bắc Kạn|cong ti bac kan",
            "HTX Bắc Cạn|bac kan",
    })
    void entityKeyStripsLeadingLegalForm(String in, String expected) {
        assertThat(VietnameseText.entityKey(in)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tên sản phẩm|tensanpham",
            "TEN SAN PHAM|tensanpham",
            "Ten san pham (*)|tensanpham",
            "'Tên  sản phẩm*'|tensanpham",
            "'Tên sản\u00A0phẩm\n(*)'|tensanpham",
            "STT|stt",
            "Số sao (1-5)|sosao15",
            "Năm công nhận/xếp hạng|namcongnhanxephang",
    })
    void headerKeyKeepsOnlyLettersAndDigits(String in, String expected) {
        assertThat(VietnameseText.headerKey(in)).isEqualTo(expected);
    }
}
