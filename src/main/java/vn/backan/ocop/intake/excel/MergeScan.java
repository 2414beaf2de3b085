package vn.backan.ocop.intake.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the {@code <mergeCell ref="…"/>} elements of a sheet part by scanning its bytes. Excel writes
 * {@code <mergeCells>} after the rows, so the part is passed over once before it is read; a StAX parser
 * doing that pass parsed every cell of the sheet only to skip it (12% of the stage step's samples on the
 * 41-file benchmark set). Here the bytes between tags are skipped by looking for the next {@code <},
 * and a tag is looked at only for its name, except a {@code mergeCell}'s {@code ref}; within
 * {@code sheetData}, where no merge is, not even the attributes are read.
 *
 * <p>What can hide a {@code <} is handled as XML does: comments, CDATA sections, processing instructions
 * and declarations are skipped to their ends, quoted attribute values to their closing quote. Names are
 * compared without their prefix, as the StAX reader compares local names. Well-formedness is left to the
 * reader that reads the rows next; a part that ends inside a tag or before its root element closes is
 * {@link Malformed}, as a parser would refuse it.
 */
final class MergeScan {

    /** Longest name or attribute value looked at; longer ones are not the ones we look for. */
    private static final int TOKEN_MAX = 64;
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private final StringBuilder token = new StringBuilder(TOKEN_MAX);
    /** The {@code ref} of the start tag {@link #attributes} read last, if it was a merge's. */
    private String ref;
    /** Of the value {@link #quoted} read last: whether it holds a reference, whether it was cut. */
    private boolean references;
    private boolean cut;

    private MergeScan(InputStream in) {
        this.in = in;
    }

    /**
     * The merges of a sheet part, each read by {@code span} from its {@code ref} (empty where it is not a
     * merge to remember), at most {@code max} + 1 of them: the caller treats more than {@code max} as too many.
     */
    static <T> List<T> read(InputStream in, Function<String, Optional<T>> span, int max) throws IOException {
        return new MergeScan(in).scan(span, max);
    }

    private <T> List<T> scan(Function<String, Optional<T>> span, int max) throws IOException {
        List<T> spans = new ArrayList<>();
        int depth = 0;
        boolean rootSeen = false;
        while (skipTo('<')) {
            int c = next();
            if (c == '!') {
                declaration();
            } else if (c == '?') {
                skipPast("?>");
            } else if (c == '/') {
                localName(next());
                skipPast(">");
                depth--;
                if (depth == 0) {
                    return spans;
                }
            } else {
                localName(c);
                boolean opensSheetData = tokenIs("sheetData");
                boolean merge = tokenIs("mergeCell");
                boolean empty = attributes(merge);
                rootSeen = true;
                if (!empty) {
                    if (opensSheetData) {
                        skipRows(); // through its end tag: the depth is as before it
                    } else {
                        depth++;
                    }
                }
                if (merge && ref != null) {
                    span.apply(ref).ifPresent(spans::add);
                    if (spans.size() > max) {
                        return spans;
                    }
                }
                if (empty && depth == 0) {
                    return spans;
                }
            }
        }
        if (!rootSeen || depth != 0) {
            throw malformed("the part ends before its root element closes");
        }
        return spans;
    }

    /**
     * After a start tag's name: its attributes, through its {@code >} or {@code />}, keeping a merge's {@code ref}
     * in {@link #ref}.
     *
     * @return whether the element is empty ({@code />})
     */
    private boolean attributes(boolean merge) throws IOException {
        ref = null;
        while (true) {
            int a = skipSpaces();
            if (a == '>') {
                return false;
            }
            if (a == '/') {
                expect('>');
                return true;
            }
            localName(a);
            boolean wanted = merge && tokenIs("ref");
            if (skipSpaces() != '=') {
                throw malformed("an attribute without a value");
            }
            if (wanted) {
                quoted(skipSpaces());
                ref = value();
            } else {
                skipQuoted(skipSpaces());
            }
        }
    }

    /**
     * Passes over the rows, through the end tag of the {@code sheetData} just opened: nearly all of a sheet's bytes,
     * and no merge among them. Outside comments, CDATA sections and processing instructions a {@code <} always
     * opens a tag (XML allows it in no text and no attribute value), so the scan goes from a tag's name to its
     * {@code >}, then to the next {@code <}, and reads no attribute: reading every cell's attributes was most of the
     * scan's time (0.7-1.0 s of the discover step's 3.4-5.0 s on the 1.15M-row benchmark set). A {@code >} within a
     * quoted value only ends the first search early. What is inside a tag is left to the reader of the rows to check.
     */
    private void skipRows() throws IOException {
        int nested = 0; // sheetData elements within this one, which no valid sheet has
        while (skipTo('<')) {
            int c = next();
            if (c == '!') {
                declaration();
                continue;
            }
            if (c == '?') {
                skipPast("?>");
                continue;
            }
            boolean closing = c == '/';
            localName(closing ? next() : c);
            if (tokenIs("sheetData")) {
                if (closing) {
                    skipPast(">");
                    if (nested-- == 0) {
                        return;
                    }
                } else if (!attributes(false)) {
                    nested++;
                }
                continue;
            }
            if (!skipTo('>')) {
                throw malformed("the part ends inside a tag");
            }
        }
        throw malformed("the part ends before its root element closes");
    }

    /** After {@code <!}: a comment, a CDATA section or a declaration (a DOCTYPE, which the reader refuses). */
    private void declaration() throws IOException {
        int c = next();
        if (c == '-') {
            expect('-');
            skipPast("-->");
        } else if (c == '[') {
            skipPast("]]>");
        } else {
            int nesting = 0; // a DOCTYPE's internal subset holds its own <…> declarations
            while (true) {
                c = next();
                if (c == '"' || c == '\'') {
                    skipPast(String.valueOf((char) c));
                } else if (c == '[' || c == '<') {
                    nesting++;
                } else if (c == ']' || c == '>' && nesting > 0) {
                    nesting--;
                } else if (c == '>') {
                    return;
                }
            }
        }
    }

    /**
     * Reads a name starting with {@code first} into {@link #token}, without its prefix; names longer than
     * {@link #TOKEN_MAX} come out cut. Names and values stay in the buffer and are compared there
     * ({@link #tokenIs}): a String for each of a sheet's millions of names and values was most of what
     * the scan allocated.
     */
    private void localName(int first) throws IOException {
        token.setLength(0);
        int c = first;
        while (c != '>' && c != '/' && c != '=' && !space(c)) {
            if (c == ':') {
                token.setLength(0);
            } else if (token.length() < TOKEN_MAX) {
                token.append((char) c);
            }
            c = next();
        }
        position--; // the delimiter is read again by the caller
    }

    private boolean tokenIs(String name) {
        if (token.length() != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (token.charAt(i) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Reads a quoted attribute value into {@link #token}, cut at {@link #TOKEN_MAX}; {@link #value} makes it a String. */
    private void quoted(int quote) throws IOException {
        if (quote != '"' && quote != '\'') {
            throw malformed("an attribute value without quotes");
        }
        token.setLength(0);
        references = false;
        cut = false;
        for (int c = next(); c != quote; c = next()) {
            if (c == '<') {
                throw malformed("'<' in an attribute value");
            }
            references |= c == '&';
            if (token.length() < TOKEN_MAX) {
                token.append((char) c); // ASCII is all a cell reference holds; other bytes make no reference
            } else {
                cut = true;
            }
        }
    }

    /** Passes over a quoted attribute value that is not looked at, as {@link #quoted} would, without keeping it. */
    private void skipQuoted(int quote) throws IOException {
        if (quote != '"' && quote != '\'') {
            throw malformed("an attribute value without quotes");
        }
        while (true) {
            for (int i = position; i < limit; i++) {
                byte b = buffer[i];
                if (b == quote) {
                    position = i + 1;
                    return;
                }
                if (b == '<') {
                    throw malformed("'<' in an attribute value");
                }
            }
            position = limit;
            if (!fill()) {
                throw malformed("the part ends inside a tag");
            }
        }
    }

    /** The value {@link #quoted} read: entity and character references decoded; "" if it was cut. */
    private String value() {
        if (cut) {
            return "";
        }
        return references ? unescape(token.toString()) : token.toString();
    }

    /** XML's five entities and character references; "" where another entity is named (none is declared). */
    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            int semicolon = c == '&' ? value.indexOf(';', i) : -1;
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            if (semicolon < 0) {
                return "";
            }
            String name = value.substring(i + 1, semicolon);
            switch (name) {
                case "amp" -> out.append('&');
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> {
                    try {
                        out.appendCodePoint(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                                : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1);
                    } catch (IllegalArgumentException e) {
                        return "";
                    }
                }
            }
            i = semicolon + 1;
        }
        return out.toString();
    }

    private int skipSpaces() throws IOException {
        int c = next();
        while (space(c)) {
            c = next();
        }
        return c;
    }

    private static boolean space(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private void expect(int wanted) throws IOException {
        if (next() != wanted) {
            throw malformed("a malformed tag");
        }
    }

    /** Consumes through the next occurrence of {@code end}. */
    private void skipPast(String end) throws IOException {
        if (end.length() == 1) {
            if (!skipTo(end.charAt(0))) {
                throw malformed("the part ends inside a tag");
            }
            return;
        }
        int matched = 0;
        while (matched < end.length()) {
            int c = next();
            if (c == end.charAt(matched)) {
                matched++;
            } else if (matched > 0) {
                // the longest end of what was seen that begins the pattern again ("]]]>" ends a CDATA section);
                // with nothing matched yet there is nothing to keep, and a long comment or CDATA makes no garbage
                String seen = end.substring(0, matched) + (char) c;
                while (!end.startsWith(seen)) {
                    seen = seen.substring(1);
                }
                matched = seen.length();
            }
        }
    }

    /** Moves to just after the next {@code b}; false at the end of the part. */
    private boolean skipTo(int b) throws IOException {
        while (true) {
            for (int i = position; i < limit; i++) {
                if (buffer[i] == b) {
                    position = i + 1;
                    return true;
                }
            }
            position = limit;
            if (!fill()) {
                return false;
            }
        }
    }

    private int next() throws IOException {
        if (position == limit && !fill()) {
            throw malformed("the part ends inside a tag");
        }
        return buffer[position++] & 0xff;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, BUFFER);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private static Malformed malformed(String what) {
        return new Malformed("sheet XML is not well formed: " + what);
    }

    /** The part is not XML; a parser says better where (line and column). */
    static final class Malformed extends IOException {
        Malformed(String message) {
            super(message);
        }
    }
}
