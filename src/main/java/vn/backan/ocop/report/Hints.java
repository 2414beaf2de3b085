package vn.backan.ocop.report;

import java.util.ArrayList;
import java.util.List;

import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.Messages;

/**
 * What to do about a problem, with its arguments filled in: the hints of the rule catalogue name
 * the column or sheet concerned ("Điền {1} cho dòng này"), like the messages do.
 */
final class Hints {

    private Hints() {
    }

    static String of(Messages messages, Issue issue) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(issue.value() == null ? "" : issue.value());
        arguments.addAll(issue.args());
        return messages.format(issue.code().name() + ".hint", arguments.toArray());
    }
}
