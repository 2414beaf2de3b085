package vn.backan.ocop.cli;

/** A command line the program cannot act on; its message is one line for the operator. */
final class UsageException extends Exception {

    private final String command;

    UsageException(String message) {
        this(null, message);
    }

    /** @param command the command whose help follows the message, or null for the general usage */
    UsageException(String command, String message) {
        super(message);
        this.command = command;
    }

    String command() {
        return command;
    }
}
