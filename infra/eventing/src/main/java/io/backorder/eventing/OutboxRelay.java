package io.backorder.eventing;

import com.fasterxml.jackson.core.type.TypeReference;
import io.backorder.contracts.ContractJson;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox records to Kafka, oldest first, and marks them published.
 *
 * <p>Each round runs in one transaction that first takes a PostgreSQL advisory lock: with several
 * instances of a service, only one relay publishes at a time, and a round is fully acknowledged by
 * the broker before the next one starts, so one aggregate's events are never reordered. A crash
 * between send and mark leaves the records unmarked; the next round sends them again and the
 * consumers' inbox absorbs the duplicates.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** The advisory lock that elects the active relay of a database. */
    static final long RELAY_LOCK = 0x6261636b6f726472L;

    private static final String TRY_LOCK = "select pg_try_advisory_xact_lock(?)";
    private static final String NEXT_BATCH = """
            select position, topic, message_key, headers::text as headers, payload
              from outbox
             where published_at is null
             order by position
             limit ?""";
    private static final String MARK_PUBLISHED = "update outbox set published_at = now() where position = any(?)";
    private static final String PURGE = "delete from outbox where published_at < ?";
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    private static final Duration MAX_ERROR_BACKOFF = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final RelaySettings settings;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Instant lastPurge = Instant.EPOCH;

    public OutboxRelay(DataSource dataSource, Producer<String, String> producer, RelaySettings settings) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.settings = settings;
    }

    /**
     * One round: publishes up to a batch of unpublished records and marks them. Answers how many
     * were published; 0 when there was nothing to do or another relay holds the lock.
     */
    public int publishBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                int published = lockedRound(connection);
                connection.commit();
                return published;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private int lockedRound(Connection connection) throws SQLException {
        if (!tryLock(connection)) {
            return 0;
        }
        List<Pending> batch = nextBatch(connection);
        if (batch.isEmpty()) {
            purgeIfDue(connection);
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            acks.add(producer.send(pending.record()));
        }
        awaitAcks(acks);
        markPublished(connection, batch);
        return batch.size();
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(TRY_LOCK)) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private List<Pending> nextBatch(Connection connection) throws SQLException {
        List<Pending> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(NEXT_BATCH)) {
            select.setInt(1, settings.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ProducerRecord<String, String> record = new ProducerRecord<>(
                            rs.getString("topic"), rs.getString("message_key"), rs.getString("payload"));
                    headers(rs.getString("headers")).forEach(
                            (name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                    batch.add(new Pending(rs.getLong("position"), record));
                }
            }
        }
        return batch;
    }

    private void awaitAcks(List<Future<RecordMetadata>> acks) {
        long deadline = System.nanoTime() + settings.sendTimeout().toNanos();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EventingException("interrupted while waiting for the broker", e);
            } catch (Exception e) {
                throw new EventingException("the broker did not acknowledge a batch of " + acks.size(), e);
            }
        }
    }

    private static void markPublished(Connection connection, List<Pending> batch) throws SQLException {
        try (PreparedStatement mark = connection.prepareStatement(MARK_PUBLISHED)) {
            Array positions = connection.createArrayOf("bigint", batch.stream().map(Pending::position).toArray());
            mark.setArray(1, positions);
            mark.executeUpdate();
        }
    }

    private void purgeIfDue(Connection connection) throws SQLException {
        Instant now = Instant.now();
        if (Duration.between(lastPurge, now).compareTo(PURGE_EVERY) < 0) {
            return;
        }
        try (PreparedStatement purge = connection.prepareStatement(PURGE)) {
            purge.setObject(1, Timestamps.toJdbc(now.minus(settings.retention())));
            int purged = purge.executeUpdate();
            if (purged > 0) {
                LOG.debugf("outbox: purged %d published records older than %s", purged, settings.retention());
            }
        }
        lastPurge = now;
    }

    private static Map<String, String> headers(String json) {
        try {
            return ContractJson.mapper().readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (Exception e) {
            throw new EventingException("the outbox holds unreadable headers: " + json, e);
        }
    }

    /** Starts publishing on a thread of its own until {@link #close()}. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    /** Asks for a round now, for example right after a commit, instead of at the next poll. */
    public void wakeUp() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    private void loop() {
        int failures = 0;
        while (running) {
            try {
                int published = publishBatch();
                failures = 0;
                if (published < settings.batchSize()) {
                    wakeUp.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures++;
                long backoff = Math.min(MAX_ERROR_BACKOFF.toMillis(), 100L << Math.min(failures, 10));
                LOG.warnf("outbox relay round failed (%d in a row), next try in %d ms: %s", failures, backoff, e);
                sleep(backoff);
            }
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(settings.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    private record Pending(long position, ProducerRecord<String, String> record) {
    }
}
