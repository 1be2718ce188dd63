package starman.cli;

import java.util.List;

/** The command line: {@code java -jar starman-cli.jar COMMAND ...}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        List<String> command = List.of(args);
        if (!command.isEmpty() && command.get(0).equals("sync")) {
            System.exit(SyncCommand.run(command.subList(1, command.size()), System.out, System.err));
        }
        System.err.println(SyncCommand.USAGE);
        System.exit(2);
    }
}
