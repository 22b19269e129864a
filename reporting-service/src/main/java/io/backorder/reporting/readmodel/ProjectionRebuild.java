package io.backorder.reporting.readmodel;

import io.agroal.api.AgroalDataSource;
import io.backorder.eventing.EventingException;
import io.backorder.eventing.IncomingRecord;
import io.backorder.eventing.PoisonMessageException;
import io.backorder.eventing.Sql;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads every projected topic again from the start, through the same projections as the live
 * consumers, into empty copies of the read models ({@link ScratchTables}), skipping a copy of a
 * record published again as their inbox does ({@link ReplayedEvents}); then gives the read
 * models the copies' rows, writing only those that differ. All in one transaction: reports read the old rows until it
 * commits, never a half-built model. The live consumers are held back meanwhile, this
 * instance's in memory ({@link ProjectionGate}), every instance's by table locks in the database,
 * and then skip what the rebuild covered.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);
    /** Every read-model table; the rebuild makes all their rows again. */
    static final List<String> TABLES = List.of("rm_order", "rm_line", "rm_order_need", "rm_item", "rm_purchase_order",
            "rm_purchase_line", "rm_shipment_line", "rm_import", "rm_parameter_change", "rm_backlog_change");
    /** Each topic writes its own columns, so the order their records are read in makes no difference. */
    private static final List<String> TOPICS = Arrays.stream(ProjectedTopic.values()).map(ProjectedTopic::topic).toList();
    /** Each line's row is written by three topics, the inventory's more than once; an order's need by each of its lines' changes. */
    private static final Set<String> REWRITTEN = Set.of("rm_line", "rm_order_need");

    /** What a rebuild did. */
    public record Result(long records, long skippedAsPoison, long millis, Instant finishedAt) {
    }

    private final AgroalDataSource dataSource;
    private final Projections projections;
    private final ProjectionGate gate;
    private final LiveChanges changes;
    private final TopicReplay replay;
    private final Duration timeout;
    private final AtomicReference<Result> last = new AtomicReference<>();

    ProjectionRebuild(AgroalDataSource dataSource, Projections projections, ProjectionGate gate, LiveChanges changes,
                      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                      @ConfigProperty(name = "backorder.reports.rebuild-timeout", defaultValue = "PT1H") Duration timeout) {
        this.dataSource = dataSource;
        this.projections = projections;
        this.gate = gate;
        this.changes = changes;
        this.replay = new TopicReplay(bootstrapServers);
        this.timeout = timeout;
    }

    public Result rebuild() {
        long started = System.nanoTime();
        long[] counts = gate.exclusively(() -> QuarkusTransaction.requiringNew()
                .timeout((int) timeout.toSeconds()).call(this::replayAndReplace));
        Result result = new Result(counts[0], counts[1], Duration.ofNanos(System.nanoTime() - started).toMillis(),
                Instant.now());
        last.set(result);
        LOG.infof("read models rebuilt from %d records in %d ms (%d skipped as poison)", result.records(),
                result.millis(), result.skippedAsPoison());
        changes.committed("rebuild", (int) Math.min(Integer.MAX_VALUE, result.records()));
        return result;
    }

    public Result last() {
        return last.get();
    }

    private long[] replayAndReplace() {
        try (Connection connection = dataSource.getConnection()) {
            holdEveryInstance(connection);
            // The replay's tables start empty and grow: a statement the server prepared while they were small would
            // keep its plan (a scan of the whole table for each id) as they grow.
            Sql.update(connection, "set local plan_cache_mode = force_custom_plan");
            ScratchTables scratch = ScratchTables.shadow(connection, TABLES, REWRITTEN);
            ReplayedEvents replayed = ReplayedEvents.create(connection);
            long[] counts = new long[2];
            counts[0] = replay.readAll(TOPICS, record -> read(ProjectedTopic.ofTopic(record.topic()), record),
                    batch -> counts[1] += project(connection, replayed, ProjectedTopic.ofTopic(batch.topic()),
                            batch.records()));
            for (String table : TABLES) {
                scratch.replace(connection, table);
            }
            replayed.recordInInbox(connection);
            return counts;
        } catch (SQLException e) {
            throw new EventingException("rebuild failed", e);
        }
    }

    /**
     * Holds back the live consumers of every reporting instance, not only this one's ({@link ProjectionGate}),
     * by locks all instances honour because they share the database. Every batch writes its inbox rows
     * ({@code processed_event}) first, then the read models: taking {@code processed_event} first waits for the
     * batches under way anywhere to commit, and holds back the ones that start later at their first insert
     * until this transaction ends; they then find what the rebuild covered in the inbox and skip it. Reports
     * read on meanwhile (an exclusive lock lets plain reads through). The same order everywhere rules out a
     * deadlock.
     */
    private static void holdEveryInstance(Connection connection) {
        Sql.update(connection, "lock table processed_event in exclusive mode");
        Sql.update(connection, "lock table " + String.join(", ", TABLES) + " in exclusive mode");
    }

    /** A record as the replay's reader read it: what it projects (null for a type reporting skips), or poison. */
    private record ReadRecord(String eventId, ProjectedEvent event, boolean poison) {
    }

    private ReadRecord read(ProjectedTopic topic, IncomingRecord record) {
        try {
            return new ReadRecord(record.eventId(), projections.read(topic, record), false);
        } catch (PoisonMessageException refused) {
            return new ReadRecord(record.eventId(), null, true);
        }
    }

    /** Projects a batch as the live consumer would; answers how many records were refused as poison. */
    private long project(Connection connection, ReplayedEvents replayed, ProjectedTopic topic,
                         List<ReadRecord> batch) {
        Set<String> fresh = replayed.firstDeliveries(connection, topic.consumer(),
                batch.stream().map(ReadRecord::eventId).toList());
        ProjectionBatch projection = projections.batch(topic);
        long poison = 0;
        for (ReadRecord record : batch) {
            if (!fresh.remove(record.eventId())) {
                continue;
            }
            if (record.poison()) {
                // The live consumer dead-lettered it; the rebuild leaves it out the same way.
                poison++;
            } else {
                projection.add(record.event());
            }
        }
        projection.write(connection);
        return poison;
    }
}
