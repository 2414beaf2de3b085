package vn.backan.ocop.intake;

import java.util.List;

import vn.backan.ocop.intake.excel.WorkbookException;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;

/** Turns a reader failure into the file error the clerk sees. */
public final class FileErrors {

    private FileErrors() {
    }

    public static Issue issue(WorkbookException e) {
        IssueCode code = switch (e.kind()) {
            case NOT_A_WORKBOOK -> IssueCode.FILE_NOT_WORKBOOK;
            case UNSUPPORTED_FORMAT -> IssueCode.FILE_UNSUPPORTED_FORMAT;
            case ENCRYPTED -> IssueCode.FILE_ENCRYPTED;
            case CORRUPT -> IssueCode.FILE_CORRUPT;
            case TOO_LARGE, UNSAFE -> IssueCode.FILE_UNSAFE;
        };
        return new Issue(code, e.sheet(), 0, null, null, null, null, List.of(e.getMessage()));
    }
}
