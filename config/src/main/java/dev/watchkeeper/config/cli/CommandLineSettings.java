package dev.watchkeeper.config.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings given on a command line as {@code --name=value}, taken out of it before picocli
 * reads the rest. Their names are open-ended, which picocli's options are not: taken out first,
 * they work the same on every command and in any position, and picocli refuses every other
 * argument it does not know. A bare {@code --} ends the options: what follows is left as it is.
 *
 * @param settings the settings by name, in the order given; a repeated name keeps its last value
 * @param arguments the command line without them
 */
record CommandLineSettings(Map<String, String> settings, List<String> arguments) {
    /** The application's own settings and those of Spring Boot that an operator sets. */
    private static final Pattern NAME =
            Pattern.compile("--((?:watchkeeper|server|management|logging|spring)\\.[^=\\s]+)");

    private static final Pattern SETTING = Pattern.compile(NAME.pattern() + "=(.*)", Pattern.DOTALL);

    /** Help text on the settings, for the usage of every command. */
    static final String[] USAGE = {
        "",
        "Settings work on every command, anywhere on the line:",
        "  --watchkeeper.<name>=<value>  (docs/configuration.md)",
        "  and Spring Boot's --server.*, --management.*, --logging.* and --spring.*"
    };

    static CommandLineSettings split(String... args) {
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> arguments = new ArrayList<>();
        boolean endOfOptions = false;
        for (String arg : args) {
            Matcher setting = SETTING.matcher(arg);
            if (!endOfOptions && setting.matches()) {
                settings.remove(setting.group(1));
                settings.put(setting.group(1), setting.group(2));
            } else {
                endOfOptions |= arg.equals("--");
                arguments.add(arg);
            }
        }
        return new CommandLineSettings(Collections.unmodifiableMap(settings), List.copyOf(arguments));
    }

    /**
     * What is wrong with the first {@code watchkeeper.*} setting that names no setting of the
     * application; empty when they all do (or there are none: then nothing is scanned).
     */
    Optional<String> unknownSetting() {
        List<String> own = settings.keySet().stream()
                .filter(name -> name.startsWith("watchkeeper."))
                .toList();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        KnownSettings known = KnownSettings.scan();
        return own.stream().map(known::problem).flatMap(Optional::stream).findFirst();
    }

    /** True for the name of a setting without its {@code =value}. */
    static boolean isNameAlone(String arg) {
        return NAME.matcher(arg).matches();
    }
}
