package dev.migrate;

import dev.migrate.lint.Rule;
import dev.migrate.lint.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Reads {@link ConfigKey#LINT_RULES}: {@code rule=level} pairs, each checked, naming the setting when one is wrong. */
final class LintRules {

    private LintRules() {}

    static Map<Rule, Severity> parse(ConfigValue given) {
        Map<Rule, Severity> rules = new EnumMap<>(Rule.class);
        for (String pair : given.value().split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new MigrationException(ConfigMessage.BAD_LINT_LEVEL.format(given.origin(), pair.trim()));
            }
            Rule rule = Rule.byId(pair.substring(0, equals)).orElseThrow(() -> new MigrationException(
                    ConfigMessage.UNKNOWN_LINT_RULE.format(given.origin(), pair.trim(), Rule.idList())));
            rules.put(rule, level(given, pair));
        }
        return Collections.unmodifiableMap(rules);
    }

    private static Severity level(ConfigValue given, String pair) {
        return switch (pair.substring(pair.indexOf('=') + 1).trim().toLowerCase(Locale.ROOT)) {
            case "warn", "warning" -> Severity.WARN;
            case "fail", "error" -> Severity.ERROR;
            case "off" -> Severity.OFF;
            default -> throw new MigrationException(ConfigMessage.BAD_LINT_LEVEL.format(given.origin(), pair.trim()));
        };
    }

}
