package io.wirestream.extract;

import java.util.Map;
import java.util.TreeMap;

/** Non-overlapping character ranges, for overlap checks in logarithmic time. */
final class Intervals {

    private final TreeMap<Integer, Integer> ranges = new TreeMap<>();

    /** Adds {@code [start, end)}; callers add only ranges that overlap none already here. */
    void add(int start, int end) {
        ranges.put(start, end);
    }

    boolean overlaps(int start, int end) {
        Map.Entry<Integer, Integer> before = ranges.floorEntry(start);
        if (before != null && before.getValue() > start) {
            return true;
        }
        Map.Entry<Integer, Integer> after = ranges.ceilingEntry(start);
        return after != null && after.getKey() < end;
    }
}
