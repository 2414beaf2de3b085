package vn.backan.ocop.validation;

/** How much a problem weighs on the row or file it is found in. */
public enum Severity {
    /** The whole file is rejected; the previous accepted version stays in force. */
    FILE_ERROR,
    /** The row is rejected and listed for the district clerk. */
    ERROR,
    /** The row is loaded with the normalized value; the clerk is told. */
    WARNING,
    /** Nothing is wrong; the clerk is told what the reader did (a sheet chosen, a column ignored). */
    INFO
}
