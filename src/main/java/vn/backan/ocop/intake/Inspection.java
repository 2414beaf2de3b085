package vn.backan.ocop.intake;

import vn.backan.ocop.submission.SheetKind;
import java.util.List;
import java.util.Map;

import vn.backan.ocop.intake.excel.WorkbookFormat;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.Severity;

/**
 * What a first look at a workbook found: its identity, the sheets to read and the problems of the
 * file and its layout. A file with a file error has no identity and nothing is read from it.
 *
 * @param identity null when the file is rejected
 * @param format   null when the file is not a readable workbook
 */
public record Inspection(Identity identity, Cover cover, WorkbookFormat format, Map<SheetKind, SheetPlan> plans,
                         List<Issue> issues) {

    public boolean rejected() {
        return identity == null || issues.stream().anyMatch(i -> i.severity() == Severity.FILE_ERROR);
    }
}
