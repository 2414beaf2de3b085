package vn.backan.ocop.validation;

import java.util.List;

/** A row after parsing and validation, ready for staging: its origin, outcome and the problems found. */
public interface StagedRow {

    RowOrigin origin();

    Outcome outcome();

    List<Issue> issues();
}
