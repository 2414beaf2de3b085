package vn.backan.ocop.cli;

/** A command line the program cannot act on; its message is one line for the operator. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
