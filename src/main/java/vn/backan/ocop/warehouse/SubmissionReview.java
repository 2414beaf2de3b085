package vn.backan.ocop.warehouse;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import vn.backan.ocop.validation.Issue;

/**
 * Closes the validation of the submissions a run staged: elects the submission in force for each
 * (district, period), runs the cross-row rules, and settles each submission's status and row counts.
 */
@Service
public class SubmissionReview {

    private static final Logger log = LoggerFactory.getLogger(SubmissionReview.class);

    private final JdbcTemplate jdbc;
    private final SubmissionRegistry registry;
    private final SubmissionSheets sheets;
    private final CrossRowChecks checks;
    private final Statistics statistics;
    private final BrokenCorrections brokenCorrections;
    private final IssueStore issues;

    SubmissionReview(JdbcTemplate jdbc, SubmissionRegistry registry, SubmissionSheets sheets, CrossRowChecks checks,
                     Statistics statistics, BrokenCorrections brokenCorrections, IssueStore issues) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.brokenCorrections = brokenCorrections;
        this.issues = issues;
        this.registry = registry;
        this.sheets = sheets;
        this.checks = checks;
    }

    /** @return the districts whose submissions in force may have changed, to be republished */
    public Set<String> review(long runId, Instant now) {
        List<Submission> staged = registry.pending(runId);
        Set<String> districts = new LinkedHashSet<>();
        // Elect first: the cross-row rules compare a file with the other periods' files in force.
        Set<Long> refused = new HashSet<>();
        for (Submission s : staged) {
            Optional<Issue> broken = brokenCorrections.check(s);
            if (broken.isPresent()) {
                log.warn("{}: a sheet that the file in force has rows for cannot be read; correction refused", s.filePath());
                issues.add(s.id(), null, List.of(broken.get()));
                registry.setStatus(s.id(), SubmissionStatus.REJECTED, now);
                refused.add(s.id());
            } else {
                registry.setStatus(s.id(), status(s.id()), now);
            }
        }
        for (Submission s : staged) {
            registry.elect(s.districtCode(), s.periodCode());
            districts.add(s.districtCode());
        }
        // Measured after the election, in its transaction: measured before, no file is in force yet and
        // the planner walks every earlier round row by row.
        statistics.refreshStaging("stg_issue", "audit_submission");
        checks.prepare(runId);
        try {
            for (Submission s : staged) {
                if (!refused.contains(s.id())) {
                    checks.check(registry.get(s.id()));
                    registry.setStatus(s.id(), status(s.id()), now);
                }
                sheets.summarize(s.id());
                Submission done = registry.get(s.id());
                log.info("{}: {} {} {}{}", s.filePath(), s.districtCode(), s.periodCode(), done.status().code(),
                        done.current() ? ", in force" : done.status() == SubmissionStatus.REJECTED ? ", not loaded"
                                : ", superseded by a newer file");
            }
        } finally {
            checks.finish();
        }
        return districts;
    }

    /**
     * Accepted with warnings as soon as a clerk has anything to fix or check: a rejected row or a warning.
     * The first such issue decides; a file with 200,000 warnings is not counted to say so.
     */
    private SubmissionStatus status(long submissionId) {
        boolean problems = !jdbc.queryForList("""
                select 1 from stg_issue where submission_id = ? and severity in ('ERROR', 'WARNING')
                fetch first 1 rows only
                """, Integer.class, submissionId).isEmpty();
        return problems ? SubmissionStatus.ACCEPTED_WITH_WARNINGS : SubmissionStatus.ACCEPTED;
    }
}
