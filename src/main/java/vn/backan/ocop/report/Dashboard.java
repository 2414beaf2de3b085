package vn.backan.ocop.report;

import java.util.List;

import vn.backan.ocop.submission.Period;
import vn.backan.ocop.warehouse.read.ProgrammeTargets;

/**
 * What the dashboard compares: the figures as of the report date ({@link Progress}), the same
 * calculation as of the end of the period before, the recognitions of each period and the targets.
 *
 * @param previous       the progress as of {@code before}'s end, or null where there is no period at all
 * @param newNow         certified recognitions of the current period, by stars (index 3-5)
 * @param since2021Now   distinct products recognised 3 stars and up from 01/01/2021 to the report date
 */
record Dashboard(Period current, Period before, Progress previous, int[] newNow, int[] newBefore,
                 int since2021Now, int since2021Before, List<ProgrammeTargets.Target> targets) {

    /** No comparison: a workbook written without a warehouse (tests), or before any period was loaded. */
    static Dashboard none() {
        return new Dashboard(null, null, null, new int[6], new int[6], 0, 0, List.of());
    }

    static int certified(int[] byStars) {
        return byStars[3] + byStars[4] + byStars[5];
    }
}
