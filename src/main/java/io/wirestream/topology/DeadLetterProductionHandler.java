package io.wirestream.topology;

import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Dead-letters a result record that cannot be written (too large for the topic, unserialisable)
 * and lets the stream go on, so one record never blocks a partition; transient broker errors are
 * still retried.
 *
 * <p>Under exactly-once a record the producer refuses itself also fails the open transaction,
 * so output topics use {@link BoundedSerde}: an oversized article fails as a serialization error,
 * before the producer sees it, and is dead-lettered here with the transaction intact.
 *
 * <p>The dead letter (KIP-1034) holds the failing task's input record untouched, with the
 * {@code wirestream.stage} header naming the sink that could not write it
 * ({@code write-enriched}, {@code write-europe}...) and {@code wirestream.reason} the error.
 */
public final class DeadLetterProductionHandler extends DefaultProductionExceptionHandler {

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RetriableException) {
            return Response.retry();
        }
        return resume(context, super.handleError(context, record, exception).deadLetterQueueRecords(), exception);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        return resume(context, super.handleSerializationError(context, record, exception, origin)
                .deadLetterQueueRecords(), exception);
    }

    private static Response resume(ErrorHandlerContext context, List<ProducerRecord<byte[], byte[]>> deadLetters,
                                   Exception exception) {
        DeadLetterHandler.addHeaders(deadLetters, context.processorNodeId(), exception);
        return Response.resume(deadLetters);
    }
}
