package vn.backan.ocop.report;

/**
 * The runs whose changes a progress workbook lists: tonight's run, and before it the interrupted run
 * that tonight's command completed first (its own workbook was overwritten a moment later, so its
 * changes would otherwise reach nobody).
 */
public record RunSpan(long first, long last) {

    public RunSpan {
        if (first > last) {
            throw new IllegalArgumentException("run span " + first + ".." + last);
        }
    }

    public static RunSpan of(long run) {
        return new RunSpan(run, run);
    }

    /** "#7", or "#6–#7". */
    String label() {
        return first == last ? "#" + last : "#" + first + "–#" + last;
    }
}
