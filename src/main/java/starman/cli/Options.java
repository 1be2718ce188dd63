package starman.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} pairs and bare {@code --flag}s, checked against what a command accepts. */
final class Options {
    private final Map<String, String> values = new HashMap<>();

    /** @param flags the options that take no value, such as {@code help} */
    Options(String[] args, Set<String> valued, Set<String> flags) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.startsWith("--") ? arg.substring(2) : null;
            if (name != null && flags.contains(name)) {
                values.put(name, "");
            } else if (name != null && valued.contains(name)) {
                if (i + 1 == args.length) {
                    throw new UsageException("option " + arg + " needs a value");
                }
                values.put(name, args[++i]);
            } else {
                throw new UsageException("unknown argument '" + arg + "'");
            }
        }
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("missing --" + name);
        }
        return value;
    }
}
