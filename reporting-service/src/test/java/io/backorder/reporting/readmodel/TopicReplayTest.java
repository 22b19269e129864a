package io.backorder.reporting.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backorder.eventing.IncomingRecord;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A topic read from its start, a batch read ahead on a thread of its own while the caller writes the one before. */
class TopicReplayTest {

    private final String bootstrapServers = TestKafka.get().bootstrapServers();
    private final TopicReplay replay = new TopicReplay(bootstrapServers);

    @Test
    void every_record_to_the_topics_end_reaches_the_caller_in_its_partitions_order() {
        String topic = topicWith(5);
        List<String> seen = new ArrayList<>();

        long read = replay.readAll(topic, IncomingRecord::value, seen::addAll);

        assertThat(read).isEqualTo(5);
        assertThat(seen).containsExactly("record-0", "record-1", "record-2", "record-3", "record-4");
    }

    @Test
    void a_batch_the_caller_fails_to_write_stops_the_reading_and_its_failure_reaches_the_caller() {
        String topic = topicWith(3);
        IllegalStateException failure = new IllegalStateException("the read models could not be written");

        assertThatThrownBy(() -> replay.readAll(topic, IncomingRecord::value, batch -> {
            throw failure;
        })).isSameAs(failure);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().equals("rebuild-reader-" + topic)));
    }

    @Test
    void a_record_the_reader_cannot_read_fails_the_replay_with_that_error() {
        String topic = topicWith(2);

        assertThatThrownBy(() -> replay.readAll(topic, record -> {
            throw new IllegalArgumentException("unreadable " + record.offset());
        }, batch -> { })).isInstanceOf(IllegalArgumentException.class).hasMessage("unreadable 0");
    }

    /** A topic of its own, its records under one key and so in one partition, in order. */
    private String topicWith(int records) {
        String topic = "replay-" + UUID.randomUUID();
        IntStream.range(0, records).forEach(i -> TopicProbe.send(bootstrapServers, topic, "key", "record-" + i, Map.of()));
        return topic;
    }
}
