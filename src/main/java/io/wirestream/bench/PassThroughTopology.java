package io.wirestream.bench;

import io.wirestream.topology.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Produced;

/** The benchmark's ceiling: news.raw copied to its own topic with the raw topic's serdes, nothing else. */
public final class PassThroughTopology {

    /** Where the pass-through writes; created by the benchmark beside Wirestream's topics. */
    public static final String OUTPUT = "wirestream-bench.pass-through";

    private PassThroughTopology() {
    }

    public static Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        // Same read as Wirestream's source node, same key and value serdes on the way out.
        builder.stream(Topics.RAW.name(), Topics.RAW.consumed("read-raw"))
                .to(OUTPUT, Produced.with(Topics.RAW.keySerde(), Serdes.ByteArray()).withName("write-pass-through"));
        return builder.build();
    }
}
