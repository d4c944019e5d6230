package org.village.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code command --option value ... --flag}. Options Village does not know are refused with a message, except Spring
 * properties written as {@code --name=value}, which are passed on so any setting can be given on the command line.
 * A flag ({@code --dry-run}, {@code --force}) takes no value.
 */
record CommandLineArguments(String command, Map<String, String> options, List<String> springArguments) {

    static CommandLineArguments parse(String[] args, Map<String, Set<String>> optionsByCommand, Set<String> flags) {
        if (args.length == 0) {
            throw new UsageException("Tell Village what to do.");
        }
        String command = args[0];
        if (command.equals("--help") || command.equals("-h")) {
            command = "help";
        }
        Set<String> known = optionsByCommand.get(command);
        if (known == null) {
            throw new UsageException("Unknown command '" + command + "'.");
        }
        Map<String, String> options = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                options.put("help", "true");
            }
            else if (arg.startsWith("--") && arg.contains("=")) {
                String name = arg.substring(2, arg.indexOf('='));
                if (known.contains(name)) {
                    options.put(name, arg.substring(arg.indexOf('=') + 1));
                }
                else {
                    spring.add(arg);
                }
            }
            else if (arg.startsWith("--") && known.contains(arg.substring(2)) && flags.contains(arg.substring(2))) {
                options.put(arg.substring(2), "true");
            }
            else if (arg.startsWith("--") && known.contains(arg.substring(2))) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("The option " + arg + " needs a value.");
                }
                options.put(arg.substring(2), args[++i]);
            }
            else {
                throw new UsageException("'" + arg + "' is not an option of '" + command + "'.");
            }
        }
        return new CommandLineArguments(command, options, spring);
    }

    String required(String option) {
        String value = options.get(option);
        if (value == null || value.isBlank()) {
            throw new UsageException("'" + command + "' needs --" + option + ".");
        }
        return value;
    }

    String optional(String option, String fallback) {
        return options.getOrDefault(option, fallback);
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(options.get(name));
    }

    boolean wantsHelp() {
        return command.equals("help") || options.containsKey("help");
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
