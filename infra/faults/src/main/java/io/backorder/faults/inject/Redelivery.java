package io.backorder.faults.inject;

import io.backorder.faults.load.InputProducer;
import io.backorder.faults.load.TopicRecords;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Delivers every message again: each record a topic holds now is appended once more, with its key, value and
 * headers, as a producer that retried after a lost acknowledgement (or a relay that crashed between send and mark)
 * would. The consumers must take each copy for what it is.
 */
public final class Redelivery {

    private Redelivery() {
    }

    /**
     * Copies every record of {@code topics} up to their end as it is now (not the copies themselves) that
     * {@code wanted} picks (a run's own, on a stack other runs share).
     *
     * @return how many records were delivered again
     */
    public static long copyAll(String bootstrapServers, List<String> topics, InputProducer producer,
                               Predicate<ConsumerRecord<String, String>> wanted) {
        AtomicLong copied = new AtomicLong();
        TopicRecords.forEach(bootstrapServers, topics, record -> {
            if (wanted.test(record)) {
                producer.send(record.topic(), record.key(), record.value(), record.headers());
                copied.incrementAndGet();
            }
        });
        producer.flush();
        return copied.get();
    }
}
