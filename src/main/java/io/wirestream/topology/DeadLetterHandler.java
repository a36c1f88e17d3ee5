package io.wirestream.topology;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Kafka's log-and-continue processing handler (KIP-1033), whose dead-letter records (KIP-1034:
 * source bytes untouched, the standard {@code __streams.errors.*} headers) go to the topic named
 * by {@code errors.dead.letter.queue.topic.name}; this adds the two headers a newsroom reads
 * first: {@code wirestream.stage} (the processor that failed) and {@code wirestream.reason}.
 */
public final class DeadLetterHandler extends LogAndContinueProcessingExceptionHandler {

    public static final String STAGE_HEADER = "wirestream.stage";
    public static final String REASON_HEADER = "wirestream.reason";

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        Response response = super.handleError(context, record, exception);
        addHeaders(response.deadLetterQueueRecords(), context.processorNodeId(), exception);
        return response;
    }

    /** Adds the stage and reason headers to dead letters built by one of Kafka's handlers. */
    static void addHeaders(List<ProducerRecord<byte[], byte[]>> deadLetters, String stage, Exception exception) {
        String reason = exception.getMessage() == null ? exception.getClass().getName() : exception.getMessage();
        for (ProducerRecord<byte[], byte[]> deadLetter : deadLetters) {
            deadLetter.headers().add(STAGE_HEADER, stage.getBytes(StandardCharsets.UTF_8));
            deadLetter.headers().add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        }
    }
}
