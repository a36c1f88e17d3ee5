package io.wirestream.topology;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import io.wirestream.dedupe.Candidate;
import io.wirestream.dedupe.Seen;
import io.wirestream.model.Article;
import io.wirestream.model.Verdict;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Binary serdes of the dedupe records. An article fans out to some twenty bucket records, each
 * remembered in a store, so their size is the dedupe stage's cost: shingles as 4-byte ints
 * rather than JSON numbers, and the article (on one record in twenty) as the internal JSON.
 * Not an exchange format: only Wirestream reads its own repartition topics and stores.
 */
final class DedupeSerdes {

    /** First byte of every record, so a later layout can still read what this one wrote. */
    private static final byte LAYOUT = 1;

    private DedupeSerdes() {
    }

    static Serde<Seen> seen() {
        return of("Seen", DedupeSerdes::writeSeen, DedupeSerdes::readSeen);
    }

    /** @param articles how the article on a content-bucket record is written */
    static Serde<Candidate> candidate(Serde<Article> articles) {
        Serializer<Article> articleOut = articles.serializer();
        Deserializer<Article> articleIn = articles.deserializer();
        return of("Candidate", (out, c) -> {
            writeSeen(out, c.seen());
            out.writeInt(c.buckets());
            writeBytes(out, c.article() == null ? null : articleOut.serialize(null, c.article()));
            out.writeInt(c.headers() == null ? -1 : c.headers().size());
            if (c.headers() != null) {
                for (Candidate.HeaderCopy h : c.headers()) {
                    out.writeUTF(h.key());
                    writeBytes(out, h.value());
                }
            }
            out.writeBoolean(c.match() != null);
            if (c.match() != null) {
                writeVerdict(out, c.match().verdict());
                out.writeLong(c.match().originalTime());
                out.writeDouble(c.match().newText());
                out.writeBoolean(c.match().sameAgency());
            }
            out.writeBoolean(c.version() != null);
            if (c.version() != null) {
                writeVerdict(out, c.version());
            }
        }, in -> {
            Seen seen = readSeen(in);
            int buckets = in.readInt();
            byte[] article = readBytes(in);
            int headerCount = in.readInt();
            List<Candidate.HeaderCopy> headers = headerCount < 0 ? null : new ArrayList<>(headerCount);
            for (int i = 0; i < headerCount; i++) {
                headers.add(new Candidate.HeaderCopy(in.readUTF(), readBytes(in)));
            }
            Candidate.Match match = in.readBoolean()
                    ? new Candidate.Match(readVerdict(in), in.readLong(), in.readDouble(), in.readBoolean()) : null;
            Verdict version = in.readBoolean() ? readVerdict(in) : null;
            return new Candidate(seen, buckets, article == null ? null : articleIn.deserialize(null, article), headers,
                    match, version);
        });
    }

    private static void writeSeen(DataOutputStream out, Seen s) throws IOException {
        out.writeUTF(s.ref());
        out.writeUTF(s.id());
        writeString(out, s.agency());
        out.writeLong(s.eventTime());
        out.writeLong(s.arrival());
        out.writeUTF(s.contentHash());
        out.writeUTF(s.versionHash());
        int[] shingles = s.shingles();
        out.writeInt(shingles == null ? -1 : shingles.length);
        if (shingles != null) {
            // In bulk: a bucket fetch reads back every member's shingles, so this loop is the serde's hot spot.
            ByteBuffer bytes = ByteBuffer.allocate(shingles.length * Integer.BYTES);
            bytes.asIntBuffer().put(shingles);
            out.write(bytes.array());
        }
    }

    private static Seen readSeen(DataInputStream in) throws IOException {
        String ref = in.readUTF();
        String id = in.readUTF();
        String agency = readString(in);
        long eventTime = in.readLong();
        long arrival = in.readLong();
        String contentHash = in.readUTF();
        String versionHash = in.readUTF();
        int n = in.readInt();
        int[] shingles = null;
        if (n >= 0) {
            shingles = new int[n];
            ByteBuffer.wrap(in.readNBytes(n * Integer.BYTES)).asIntBuffer().get(shingles);
        }
        return new Seen(ref, id, agency, eventTime, arrival, contentHash, versionHash, shingles);
    }

    private static void writeVerdict(DataOutputStream out, Verdict v) throws IOException {
        out.writeUTF(v.kind().name());
        out.writeUTF(v.originalId());
        out.writeDouble(v.similarity());
        writeString(out, v.method());
        out.writeInt(v.supersedes());
        out.writeBoolean(v.late());
    }

    private static Verdict readVerdict(DataInputStream in) throws IOException {
        return new Verdict(Verdict.Kind.valueOf(in.readUTF()), in.readUTF(), in.readDouble(), readString(in),
                in.readInt(), in.readBoolean());
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String readString(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes == null ? -1 : bytes.length);
        if (bytes != null) {
            out.write(bytes);
        }
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        return n < 0 ? null : in.readNBytes(n);
    }

    private interface Writer<T> {
        void write(DataOutputStream out, T value) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static <T> Serde<T> of(String type, Writer<T> writer, Reader<T> reader) {
        Serializer<T> serializer = (topic, value) -> {
            if (value == null) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeByte(LAYOUT);
                writer.write(out, value);
            } catch (IOException | RuntimeException e) {
                throw new SerializationException("cannot write " + type + ": " + e.getMessage(), e);
            }
            return bytes.toByteArray();
        };
        Deserializer<T> deserializer = (topic, data) -> {
            if (data == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                byte layout = in.readByte();
                if (layout != LAYOUT) {
                    throw new SerializationException("cannot read " + type + " from " + topic + ": layout " + layout
                            + ", expected " + LAYOUT);
                }
                return reader.read(in);
            } catch (IOException | RuntimeException e) {
                throw e instanceof SerializationException se ? se
                        : new SerializationException("cannot read " + type + " from " + topic + ": " + e, e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
