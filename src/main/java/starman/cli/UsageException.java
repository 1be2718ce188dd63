package starman.cli;

/** A bad command line: Main prints the message on one line and exits with status 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
