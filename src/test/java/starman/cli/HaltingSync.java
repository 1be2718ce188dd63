package starman.cli;

import java.util.Arrays;
import starman.time.Clock;

/**
 * {@code starman sync} whose process dies ({@link Runtime#halt}: no finally block, no close) right after the n-th
 * time a fold does one step: {@code HaltingSync STEP N PENDING_BYTES --user NAME ...} (the arguments of sync).
 */
final class HaltingSync {
    private HaltingSync() {
    }

    public static void main(String[] args) {
        JsonlMirrorStore.Step step = JsonlMirrorStore.Step.valueOf(args[0]);
        int[] left = {Integer.parseInt(args[1])};
        long pendingBytes = Long.parseLong(args[2]);
        JsonlMirrorStore.Steps halting = done -> {
            if (done == step && --left[0] == 0) {
                Runtime.getRuntime().halt(HALTED);
            }
        };
        SyncCommand command = new SyncCommand(new JdkTransport(SyncCommand.TIMEOUT), Clock.SYSTEM, System.err,
                mirror -> JsonlMirrorStore.open(mirror, pendingBytes, halting));
        System.exit(command.execute(Arrays.asList(args).subList(3, args.length)));
    }

    static final int HALTED = 137;
}
