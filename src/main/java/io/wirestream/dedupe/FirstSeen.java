package io.wirestream.dedupe;

/**
 * What the dedupe stores remember of an article: its id, content hash and version.
 *
 * @param id          the article id
 * @param contentHash its content fingerprint
 * @param version     the version it went out with
 */
public record FirstSeen(String id, String contentHash, int version) {
}
