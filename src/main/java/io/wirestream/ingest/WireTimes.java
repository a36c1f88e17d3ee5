package io.wirestream.ingest;

import io.wirestream.text.WordLists;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the times news portals write ({@code January 22, 2022 16:35 IST},
 * {@code Jan 22, 2022, 04:35 PM IST}, ISO-8601, epoch millis) with zone abbreviations from
 * {@code zones.txt}; a time without a zone is read as UTC.
 */
final class WireTimes {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?\\s{0,2},?\\s{0,3}(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?" + MONTH + "\\.?,?\\s{1,3}(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    /** "29/11/2026", "29.11.2026", "11/29/2026": read only where the order shows (a part over 12 is the day). */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?![\\d/.-])");
    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\d:])(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?(?!\\d)"
                    + "(?:\\s{0,2}([ap])\\.?\\s?m\\b\\.?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK_AMPM = Pattern.compile(
            "(?<![\\d:.])(\\d{1,2})(?:\\.(\\d{2}))?\\s{0,2}([ap])\\.?\\s?m\\b\\.?", Pattern.CASE_INSENSITIVE);
    /** "15.42 GMT", as The Guardian writes it: a dot between hours and minutes, only where a zone follows. */
    private static final Pattern CLOCK_DOTTED = Pattern.compile(
            "(?<![\\d:.])(\\d{1,2})\\.(\\d{2})(?=\\s{0,2}(?:[A-Z]{2,5}\\b|[+-]\\d))");
    private static final Pattern OFFSET = Pattern.compile(
            "(?:\\b(GMT|UTC)\\s{0,2})?(?<![\\d])([+-])(\\d{1,2})(?::?(\\d{2}))?(?!\\d)");
    private static final Pattern ZULU = Pattern.compile("^\\s?Z\\b");
    private static final Pattern ABBREVIATION = Pattern.compile("(?<![\\p{L}])([A-Z]{2,5})(?![\\p{L}])");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("-?\\d{9,15}");

    private static final Map<String, ZoneOffset> ZONES = loadZones();

    private WireTimes() {
    }

    /** Reads a whole field value as a time, or returns empty when it holds none. */
    static Optional<WireTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.isEmpty() || t.length() > 200) {
            return Optional.empty();
        }
        if (EPOCH_MILLIS.matcher(t).matches()) {
            return Optional.of(new WireTime(Instant.ofEpochMilli(Long.parseLong(t)), null));
        }
        try {
            OffsetDateTime odt = OffsetDateTime.parse(t);
            return Optional.of(new WireTime(odt.toInstant(), odt.getOffset().getId()));
        } catch (DateTimeParseException notIsoWithOffset) {
            // fall through to the portal formats
        }
        return find(t);
    }

    /** Finds the first date (with its clock time and zone, when written) inside a line of text. */
    static Optional<WireTime> find(String line) {
        if (line == null || line.length() > 400) {
            return Optional.empty();
        }
        StringBuilder rest = new StringBuilder(line);
        LocalDate date = findDate(line, rest);
        if (date == null) {
            return Optional.empty();
        }
        LocalTime time = findTime(rest);
        String after = rest.toString();
        String zone = null;
        ZoneOffset offset = ZoneOffset.UTC;
        Matcher zm = OFFSET.matcher(after);
        Matcher am = ABBREVIATION.matcher(after);
        if (ZULU.matcher(after).find()) {
            zone = "Z";
        } else if (zm.find() && validOffset(zm)) {
            offset = ZoneOffset.ofHoursMinutes(sign(zm) * Integer.parseInt(zm.group(3)),
                    sign(zm) * (zm.group(4) == null ? 0 : Integer.parseInt(zm.group(4))));
            zone = zm.group().strip();
        } else {
            while (am.find()) {
                ZoneOffset known = ZONES.get(am.group(1));
                if (known != null) {
                    offset = known;
                    zone = am.group(1);
                    break;
                }
            }
        }
        LocalDateTime local = LocalDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time);
        return Optional.of(new WireTime(local.toInstant(offset), zone));
    }

    private static LocalDate findDate(String line, StringBuilder rest) {
        Matcher m = MONTH_FIRST.matcher(line);
        if (m.find()) {
            return blank(rest, m, date(m.group(3), month(m.group(1)), m.group(2)));
        }
        m = DAY_FIRST.matcher(line);
        if (m.find()) {
            return blank(rest, m, date(m.group(3), month(m.group(2)), m.group(1)));
        }
        m = ISO_DATE.matcher(line);
        while (m.find()) {
            LocalDate d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (d != null) {
                return blank(rest, m, d);
            }
        }
        m = NUMERIC_DATE.matcher(line);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            // Day first or month first cannot be told from "03/04/2026"; a day over 12 can.
            LocalDate d = first > 12 && second <= 12 ? date(m.group(4), second, m.group(1))
                    : second > 12 && first <= 12 ? date(m.group(4), first, m.group(3))
                    : first == second ? date(m.group(4), first, m.group(1)) : null;
            if (d != null) {
                return blank(rest, m, d);
            }
        }
        return null;
    }

    private static LocalTime findTime(StringBuilder rest) {
        Matcher m = CLOCK.matcher(rest);
        while (m.find()) {
            LocalTime t = time(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
            if (t != null) {
                blank(rest, m, t);
                rest.delete(0, m.end());
                return t;
            }
        }
        m = CLOCK_AMPM.matcher(rest);
        while (m.find()) {
            LocalTime t = time(m.group(1), m.group(2) == null ? "00" : m.group(2), null, null, m.group(3));
            if (t != null) {
                rest.delete(0, m.end());
                return t;
            }
        }
        m = CLOCK_DOTTED.matcher(rest);
        while (m.find()) {
            LocalTime t = time(m.group(1), m.group(2), null, null, null);
            if (t != null) {
                rest.delete(0, m.end());
                return t;
            }
        }
        return null;
    }

    private static <T> T blank(StringBuilder rest, Matcher m, T value) {
        if (value != null) {
            for (int i = m.start(); i < m.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        return value;
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1800 || y > 2200 || month < 1) {
                return null;
            }
            return LocalDate.of(y, month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalTime time(String h, String m, String s, String fraction, String ampm) {
        try {
            int hour = Integer.parseInt(h);
            if (ampm != null) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                boolean pm = ampm.equalsIgnoreCase("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            int nanos = 0;
            if (fraction != null) {
                nanos = Integer.parseInt((fraction + "000000000").substring(0, 9));
            }
            return LocalTime.of(hour, Integer.parseInt(m), s == null ? 0 : Integer.parseInt(s), nanos);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean validOffset(Matcher m) {
        int hours = Integer.parseInt(m.group(3));
        int minutes = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        // a bare "-5" without GMT/UTC is too weak a signal; require a prefix or hh:mm form
        boolean strong = m.group(1) != null || m.group(4) != null;
        return strong && hours <= 14 && minutes < 60;
    }

    private static int sign(Matcher m) {
        return "-".equals(m.group(2)) ? -1 : 1;
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (key) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> 0;
        };
    }

    private static Map<String, ZoneOffset> loadZones() {
        Map<String, ZoneOffset> zones = new HashMap<>();
        for (String line : WordLists.lines(WireTimes.class, "zones.txt")) {
            String[] parts = line.split("\\s+");
            if (parts.length != 2 || zones.put(parts[0], ZoneOffset.of(parts[1])) != null) {
                throw new IllegalStateException("bad or repeated line in zones.txt: " + line);
            }
        }
        return Map.copyOf(zones);
    }
}
