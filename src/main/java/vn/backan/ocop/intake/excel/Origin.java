package vn.backan.ocop.intake.excel;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

import org.xml.sax.SAXParseException;

import vn.backan.ocop.intake.excel.WorkbookException.Kind;
import vn.backan.ocop.intake.excel.WorkbookException.Reason;

/**
 * The file being read, and the one place that turns low-level failures into a
 * {@link WorkbookException} with a one-line message naming the file (never its full path).
 */
record Origin(Path path, String fileName) {

    private static final int MAX_REASON = 160;

    static Origin of(Path path) {
        Path name = path.getFileName();
        return new Origin(path, name == null ? path.toString() : name.toString());
    }

    WorkbookException fail(Kind kind, String sheet, String detail) {
        return new WorkbookException(kind, fileName, sheet, detail);
    }

    WorkbookException fail(Kind kind, String sheet, String detail, Throwable cause) {
        return new WorkbookException(kind, fileName, sheet, detail, cause);
    }

    WorkbookException fail(Kind kind, Reason reason, String sheet, String detail) {
        return new WorkbookException(kind, reason, fileName, sheet, detail, null);
    }

    WorkbookException fail(Kind kind, Reason reason, String sheet, String detail, Throwable cause) {
        return new WorkbookException(kind, reason, fileName, sheet, detail, cause);
    }

    WorkbookException classify(Throwable failure, String sheet, String what) {
        return classify(failure, sheet, what, Reason.DAMAGED);
    }

    /**
     * Classifies a failure met while reading: zip-bomb guards and our own limits become TOO_LARGE or
     * UNSAFE, a DOCTYPE anywhere becomes UNSAFE, everything else is CORRUPT.
     *
     * @param what what we were reading, e.g. "cannot read the shared strings"
     */
    WorkbookException classify(Throwable failure, String sheet, String what, Reason otherwise) {
        if (failure instanceof WorkbookException known) {
            return known;
        }
        for (Throwable t : chain(failure)) {
            if (t instanceof Xml.DoctypeException || mentionsDoctype(t)) {
                return fail(Kind.UNSAFE, Reason.DOCTYPE, sheet,
                        "a part of the workbook declares a DOCTYPE (possible XXE attack); refused", failure);
            }
            if (t instanceof Xml.LimitException) {
                return fail(Kind.TOO_LARGE, Reason.READER_LIMIT, sheet, t.getMessage(), failure);
            }
            String message = t.getMessage();
            if (t instanceof IOException && message != null && message.startsWith("Zip bomb detected")) {
                return message.contains("max. ratio")
                        ? fail(Kind.UNSAFE, Reason.COMPRESSION_RATIO, sheet, "a part of the workbook is compressed suspiciously well "
                                + "(below the minimum inflate ratio): possible zip bomb; refused", failure)
                        : fail(Kind.TOO_LARGE, Reason.PART_SIZE, sheet, "a part of the workbook expands beyond the size limit", failure);
            }
            if (message != null && message.contains("more than 1 entry with the name")) {
                return fail(Kind.CORRUPT, Reason.DUPLICATE_ENTRIES, sheet, "the zip archive holds two entries of one name ("
                        + sanitize(message) + "): not as Excel writes it", failure);
            }
        }
        return fail(Kind.CORRUPT, corruption(failure, otherwise), sheet, what + ": " + reason(failure), failure);
    }

    /** The reason a damaged file is damaged, as far as the failure tells. */
    private static Reason corruption(Throwable failure, Reason otherwise) {
        for (Throwable t : chain(failure)) {
            if (t instanceof EOFException) {
                return Reason.TRUNCATED;
            }
            if (t instanceof Xml.BadDataException bad) {
                return bad.reason();
            }
            if (t instanceof XMLStreamException xml && xml.getLocation() != null) {
                return Reason.MALFORMED_XML;
            }
            if (t instanceof OutOfMemoryError) {
                return Reason.MEMORY;
            }
        }
        return otherwise;
    }

    /** POI parses [Content_Types].xml and the .rels parts itself, refusing DOCTYPEs, and sometimes keeps only the message. */
    private static boolean mentionsDoctype(Throwable t) {
        String message = t.getMessage();
        return message != null && (t instanceof SAXParseException && message.toUpperCase(Locale.ROOT).contains("DOCTYPE")
                || message.contains("DOCTYPE is disallowed"));
    }

    private String reason(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof EOFException) {
                return "the file is truncated";
            }
            if (t instanceof Xml.BadDataException bad) {
                return bad.detail();
            }
            if (t instanceof XMLStreamException xml && xml.getLocation() != null) {
                Location at = xml.getLocation();
                return "malformed XML at line " + at.getLineNumber() + ", column " + at.getColumnNumber()
                        + parserMessage(xml);
            }
        }
        for (Throwable t : chain(failure)) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return sanitize(t.getMessage());
            }
        }
        return failure.getClass().getSimpleName();
    }

    /** The parser's own words, after the location line it starts with ("ParseError at [row,col]...\nMessage: ..."). */
    private String parserMessage(XMLStreamException e) {
        String message = e.getMessage();
        int at = message == null ? -1 : message.indexOf("Message: ");
        return at < 0 ? "" : " (" + sanitize(message.substring(at + "Message: ".length())) + ")";
    }

    /** First line only, no directories, bounded: POI's messages run over several lines and name paths. */
    private String sanitize(String message) {
        String line = message.strip().lines().findFirst().orElse("");
        String absolute = path.toAbsolutePath().toString();
        line = line.replace(absolute, fileName).replace(path.toString(), fileName);
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON) + "…";
    }

    /** The causes, including the nested exceptions StAX keeps outside getCause(); cycle-safe. */
    private static List<Throwable> chain(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> list = new ArrayList<>();
        Throwable t = failure;
        while (t != null && seen.put(t, Boolean.TRUE) == null) {
            list.add(t);
            Throwable next = t.getCause();
            if (next == null && t instanceof XMLStreamException xml) {
                next = xml.getNestedException();
            }
            t = next;
        }
        return list;
    }
}
