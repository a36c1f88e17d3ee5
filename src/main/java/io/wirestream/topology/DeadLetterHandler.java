package io.wirestream.topology;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a record that a stage could not process to the dead-letter topic and lets the stream go
 * on (KIP-1033 handler, KIP-1034 dead-letter records, both produced in the task's transaction).
 *
 * <p>The dead letter carries the original source bytes untouched, Kafka's standard
 * {@code __streams.errors.*} headers (exception, message, stack trace, source topic, partition,
 * offset) and two of ours: {@code wirestream.stage} (the processor that failed) and
 * {@code wirestream.reason} (the exception message, for humans).
 */
public final class DeadLetterHandler implements ProcessingExceptionHandler {

    public static final String STAGE_HEADER = "wirestream.stage";
    public static final String REASON_HEADER = "wirestream.reason";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);

    private String topic = Topics.DLQ;

    @Override
    public void configure(Map<String, ?> configs) {
        Object configured = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (configured != null && !configured.toString().isBlank()) {
            topic = configured.toString();
        }
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        String reason = exception.getMessage() == null ? exception.getClass().getName() : exception.getMessage();
        LOG.warn("dead-lettering {}-{}@{} at stage {}: {}", context.topic(), context.partition(),
                context.offset(), context.processorNodeId(), reason);
        RecordHeaders headers = new RecordHeaders();
        context.headers().forEach(headers::add);
        headers.add("__streams.errors.exception", utf8(exception.getClass().getName()));
        headers.add("__streams.errors.message", utf8(reason));
        headers.add("__streams.errors.stacktrace", utf8(stackTrace(exception)));
        headers.add("__streams.errors.topic", utf8(String.valueOf(context.topic())));
        headers.add("__streams.errors.partition", utf8(String.valueOf(context.partition())));
        headers.add("__streams.errors.offset", utf8(String.valueOf(context.offset())));
        headers.add(STAGE_HEADER, utf8(context.processorNodeId()));
        headers.add(REASON_HEADER, utf8(reason));
        ProducerRecord<byte[], byte[]> deadLetter = new ProducerRecord<>(topic, null, context.timestamp(),
                context.sourceRawKey(), context.sourceRawValue(), headers);
        return Response.resume(List.of(deadLetter));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String stackTrace(Exception e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
