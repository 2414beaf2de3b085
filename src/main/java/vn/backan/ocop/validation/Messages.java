package vn.backan.ocop.validation;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders issues from the message bundles: Vietnamese for the clerks' workbooks, English for the log.
 */
public final class Messages {

    static final String BUNDLE = "messages.issues";
    private static final Messages VIETNAMESE = new Messages(new Locale("vi"));
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages vietnamese() {
        return VIETNAMESE;
    }

    public static Messages english() {
        return ENGLISH;
    }

    public String message(Issue issue) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(issue.value() == null ? "" : issue.value());
        arguments.addAll(issue.args());
        return format(issue.code().name() + ".message", arguments.toArray());
    }

    public String hint(IssueCode code) {
        return text(code.name() + ".hint");
    }

    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Message key " + key + " missing for " + locale, e);
        }
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }

    /** One log line: "[CODE] Sản phẩm!H12: message". */
    public String logLine(String file, Issue issue) {
        String where = issue.location().isEmpty() ? file : file + " " + issue.location();
        return "[" + issue.code() + "] " + where + ": " + message(issue);
    }
}
