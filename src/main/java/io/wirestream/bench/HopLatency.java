package io.wirestream.bench;

/**
 * Publish-to-readable latency at one internal topic of a paced run: how much of the end-to-end
 * latency an item has gathered by the time the next sub-topology can read it.
 *
 * @param topic     the internal topic, without the application id
 * @param p50Millis median over items (an item's latest record when it fans out), or -1 when none was read
 * @param p99Millis 99th percentile, or -1
 */
public record HopLatency(String topic, long p50Millis, long p99Millis) {
}
