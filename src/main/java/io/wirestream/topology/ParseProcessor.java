package io.wirestream.topology;

import java.nio.charset.StandardCharsets;

import io.wirestream.model.FeedItem;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Runs the parse stage with the record's {@code content-type} header in hand; a parse failure
 * propagates to the processing exception handler, which dead-letters the original bytes.
 */
final class ParseProcessor implements FixedKeyProcessor<String, byte[], FeedItem> {

    /** Header a publisher may set to say which input form a value is in. */
    static final String CONTENT_TYPE = "content-type";

    private final Stages.Parse parse;
    private FixedKeyProcessorContext<String, FeedItem> context;

    ParseProcessor(Stages.Parse parse) {
        this.parse = parse;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, FeedItem> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader(CONTENT_TYPE);
        String contentType = type == null || type.value() == null
                ? null : new String(type.value(), StandardCharsets.UTF_8);
        context.forward(record.withValue(parse.parse(record.key(), record.value(), contentType)));
    }
}
