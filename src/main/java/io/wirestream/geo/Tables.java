package io.wirestream.geo;

import java.util.ArrayList;
import java.util.List;

/** Reading the gazetteer's tab-separated tables: comment and blank lines skipped, positions kept for errors. */
final class Tables {

    private Tables() {
    }

    /** A non-blank, non-comment line of a table, with its position for error messages. */
    record Line(String file, int number, String text) {
        String[] fields(int n) {
            String[] f = text.split("\t", -1);
            if (f.length != n) {
                throw error("expected " + n + " tab-separated columns, found " + f.length);
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].trim();
            }
            if (f[0].isEmpty() || f[1].isEmpty()) {
                throw error("the first two columns must not be empty");
            }
            return f;
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + ":" + number + ": " + message + ": " + text);
        }
    }

    static List<Line> lines(String file, String text) {
        List<Line> out = new ArrayList<>();
        int number = 0;
        int from = 0;
        int n = text.length();
        while (from < n) {
            int to = text.indexOf('\n', from);
            if (to < 0) {
                to = n;
            }
            number++;
            int end = to;
            while (end > from && (text.charAt(end - 1) == '\r' || text.charAt(end - 1) == ' ')) {
                end--;
            }
            if (end > from && text.charAt(from) != '#') {
                String s = text.substring(from, end);
                if (!s.isBlank()) {
                    out.add(new Line(file, number, s));
                }
            }
            from = to + 1;
        }
        return out;
    }

    static List<String> split(String field) {
        if (field.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : field.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }
}
