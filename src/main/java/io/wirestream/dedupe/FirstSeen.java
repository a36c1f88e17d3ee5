package io.wirestream.dedupe;

/**
 * What a dedupe store remembers of an article that went out: the content store the first
 * article seen with a body, the id store the latest version of an id.
 *
 * @param id          the article id
 * @param contentHash the body fingerprint (content store) or version fingerprint (id store)
 * @param version     the version it went out with
 */
public record FirstSeen(String id, String contentHash, int version) {
}
