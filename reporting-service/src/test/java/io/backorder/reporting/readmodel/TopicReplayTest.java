package io.backorder.reporting.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backorder.eventing.IncomingRecord;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Topics read from their start, a poll read ahead on a thread of its own while the caller writes the one before. */
class TopicReplayTest {

    private final String bootstrapServers = TestKafka.get().bootstrapServers();
    private final TopicReplay replay = new TopicReplay(bootstrapServers);

    @Test
    void every_record_to_the_topics_end_reaches_the_caller_in_its_partitions_order() {
        String topic = topicWith(5);
        List<String> seen = new ArrayList<>();

        long read = replay.readAll(List.of(topic), IncomingRecord::value, batch -> seen.addAll(batch.records()));

        assertThat(read).isEqualTo(5);
        assertThat(seen).containsExactly("record-0", "record-1", "record-2", "record-3", "record-4");
    }

    @Test
    void several_topics_are_read_together_each_batch_holding_one_topics_records() {
        String first = topicWith(3);
        String second = topicWith(2);
        String neverWritten = "replay-" + UUID.randomUUID();
        Map<String, List<String>> seen = new HashMap<>();

        long read = replay.readAll(List.of(first, neverWritten, second), record -> record.topic() + " " + record.value(),
                batch -> seen.computeIfAbsent(batch.topic(), topic -> new ArrayList<>()).addAll(batch.records()));

        assertThat(read).isEqualTo(5);
        assertThat(seen).containsOnlyKeys(first, second);
        assertThat(seen.get(first)).containsExactly(first + " record-0", first + " record-1", first + " record-2");
        assertThat(seen.get(second)).containsExactly(second + " record-0", second + " record-1");
    }

    @Test
    void a_batch_the_caller_fails_to_write_stops_the_reading_and_its_failure_reaches_the_caller() {
        String topic = topicWith(3);
        IllegalStateException failure = new IllegalStateException("the read models could not be written");

        assertThatThrownBy(() -> replay.readAll(List.of(topic), IncomingRecord::value, batch -> {
            throw failure;
        })).isSameAs(failure);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().equals(TopicReplay.READER_THREAD)));
    }

    @Test
    void a_record_the_reader_cannot_read_fails_the_replay_with_that_error() {
        String topic = topicWith(2);

        assertThatThrownBy(() -> replay.readAll(List.of(topic), record -> {
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
