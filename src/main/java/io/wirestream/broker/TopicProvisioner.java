package io.wirestream.broker;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates missing topics and waits until every partition has a leader that answers.
 *
 * <p>Producing right after {@code createTopics()} returns can lose records: the first batch
 * meets {@code NOT_LEADER_OR_FOLLOWER} and later retries arrive out of order. Waiting for a
 * leader and a successful {@code listOffsets} on every partition closes that window.
 */
public final class TopicProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);

    private final Admin admin;
    private final Duration timeout;

    public TopicProvisioner(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    /** Creates those of {@code topics} that do not exist yet, then waits for them to be ready. */
    public void ensure(Collection<NewTopic> topics) {
        try {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                for (Map.Entry<String, KafkaFuture<Void>> e : admin.createTopics(missing).values().entrySet()) {
                    try {
                        e.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (ExecutionException ex) {
                        if (!(ex.getCause() instanceof TopicExistsException)) {
                            throw new IllegalStateException("cannot create topic " + e.getKey() + ": "
                                    + ex.getCause().getMessage(), ex.getCause());
                        }
                    }
                }
            }
            warnOnDifferentPartitions(topics, existing);
            awaitReady(topics.stream().map(NewTopic::name).collect(Collectors.toSet()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot create topics: " + e.getMessage(), e);
        }
    }

    /** Existing topics are never changed; say so when they differ from what was asked for. */
    private void warnOnDifferentPartitions(Collection<NewTopic> topics, Set<String> existing)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        Map<String, Integer> wanted = new HashMap<>();
        topics.stream().filter(t -> existing.contains(t.name())).forEach(t -> wanted.put(t.name(), t.numPartitions()));
        if (wanted.isEmpty()) {
            return;
        }
        for (TopicDescription d : admin.describeTopics(wanted.keySet()).allTopicNames()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS).values()) {
            if (d.partitions().size() != wanted.get(d.name())) {
                LOG.warn("topic {} exists with {} partitions, not the {} asked for: left as it is "
                        + "(add partitions with kafka-topics.sh --alter; keys then move)", d.name(),
                        d.partitions().size(), wanted.get(d.name()));
            }
        }
    }

    /** Waits until every partition of {@code names} has a leader and answers {@code listOffsets}. */
    public void awaitReady(Set<String> names) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames()
                        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
                boolean leaders = true;
                for (TopicDescription d : descriptions.values()) {
                    for (TopicPartitionInfo p : d.partitions()) {
                        leaders &= p.leader() != null && !p.leader().isEmpty();
                        partitions.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest());
                    }
                }
                if (leaders) {
                    admin.listOffsets(partitions).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    return;
                }
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("topics " + names + " not ready after " + timeout
                + (last == null ? "" : ": " + last.getMessage()), last);
    }
}
