package io.wirestream.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code 7d}, {@code 12h}, {@code 30m}, {@code 45s} or ISO-8601 ({@code P7D}, {@code PT12H}). */
final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("p")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (v.charAt(v.length() - 1)) {
                case 'd' -> Duration.ofDays(n);
                case 'h' -> Duration.ofHours(n);
                case 'm' -> Duration.ofMinutes(n);
                case 's' -> Duration.ofSeconds(n);
                default -> throw new TypeConversionException(message(value));
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new TypeConversionException(message(value));
        }
    }

    private static String message(String value) {
        return "'" + value + "' is not a duration: use 7d, 12h, 30m, 45s or ISO-8601 like P7D";
    }
}
