package io.backorder.parameters;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.backorder.contracts.Topics;
import io.backorder.contracts.parameters.ParameterChanged;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.EventStore;
import io.backorder.eventing.EventingException;
import io.backorder.eventing.StreamId;
import io.backorder.eventing.quarkus.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The merchant's settings of this service. Each change is an event of the service's "Parameters"
 * stream, published on parameters.events.
 *
 * <p>Read from memory, not the database, since commands read several per message: the values are
 * loaded in one query and kept until a change makes them stale: this instance's own change once it
 * committed, another instance's when its ParameterChanged arrives ({@link ParameterChangesConsumer}),
 * and, should such a message be missed, after {@link #MAX_AGE} at the latest.
 */
@ApplicationScoped
public class Parameters {

    private static final Logger LOG = Logger.getLogger(Parameters.class);
    static final String AGGREGATE_TYPE = "Parameters";
    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final Map<String, ParameterDefinition> definitions = new LinkedHashMap<>();
    private final AgroalDataSource dataSource;
    private final Transactions transactions;
    private final EventStore eventStore;
    private final Clock clock;
    private final String service;
    private volatile Snapshot snapshot;
    /** Counts the changes heard of, so that values read before a change are not kept after it. */
    private final AtomicLong changes = new AtomicLong();

    /** The stored values as last read, and when they were read. */
    private record Snapshot(Map<String, Stored> values, Instant readAt) {
    }

    Parameters(ParameterCatalog catalog, AgroalDataSource dataSource, Transactions transactions, EventStore eventStore,
               Clock clock, @ConfigProperty(name = "quarkus.application.name") String service) {
        catalog.definitions().forEach(definition -> definitions.put(definition.name(), definition));
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.eventStore = eventStore;
        this.clock = clock;
        this.service = service;
    }

    /** One parameter as the list shows it. */
    public record ParameterState(String name, ParameterType type, String value, String defaultValue, String description,
                                 String changedBy, Instant changedAt) {
    }

    public boolean bool(String name) {
        return Boolean.parseBoolean(value(name, ParameterType.BOOLEAN));
    }

    public int integer(String name) {
        return Integer.parseInt(value(name, ParameterType.INTEGER));
    }

    public String text(String name) {
        return value(name, ParameterType.TEXT);
    }

    public List<ParameterState> list() {
        Map<String, Stored> stored = current();
        return definitions.values().stream().map(definition -> state(definition, stored.get(definition.name()))).toList();
    }

    public ParameterState get(String name) {
        ParameterDefinition definition = definition(name);
        return state(definition, current().get(name));
    }

    /**
     * @throws UnknownParameterException for a name this service does not have
     * @throws IllegalArgumentException  for a value of the wrong type or out of bounds
     */
    public ParameterState change(String name, JsonNode value, String changedBy) {
        ParameterDefinition definition = definition(name);
        String canonical = definition.check(value);
        Instant now = clock.instant();
        transactions.inTransaction(connection -> {
            StreamId stream = StreamId.of(AGGREGATE_TYPE, service);
            long version = eventStore.load(connection, stream).size();
            String previous = read(connection, name);
            eventStore.append(connection, stream, version, List.of(new ParameterChanged(service, name, canonical,
                    previous == null ? definition.defaultValue() : previous, changedBy, now)),
                    EventMetadata.newFlowBy(changedBy), Topics.PARAMETERS_EVENTS);
            upsert(connection, name, canonical, changedBy, now);
            return null;
        });
        forget();
        LOG.infof("parameter %s set to %s by %s", name, canonical, changedBy);
        return get(name);
    }

    private String value(String name, ParameterType expected) {
        ParameterDefinition definition = definition(name);
        if (definition.type() != expected) {
            throw new IllegalStateException(name + " is a " + definition.type() + ", not a " + expected);
        }
        Stored stored = current().get(name);
        return stored == null ? definition.defaultValue() : stored.value();
    }

    /** The values are stale: a change committed here or on another instance. The next read loads them again. */
    public void forget() {
        changes.incrementAndGet();
        snapshot = null;
    }

    /** The service these parameters belong to, as its ParameterChanged events name it. */
    public String service() {
        return service;
    }

    private Map<String, Stored> current() {
        Snapshot known = snapshot;
        Instant now = clock.instant();
        if (known == null || known.readAt().plus(MAX_AGE).isBefore(now)) {
            long changesBefore = changes.get();
            known = new Snapshot(readAll(), now);
            if (changes.get() == changesBefore) {
                snapshot = known;
            }
        }
        return known.values();
    }

    private ParameterDefinition definition(String name) {
        ParameterDefinition definition = definitions.get(name);
        if (definition == null) {
            throw new UnknownParameterException(name);
        }
        return definition;
    }

    private ParameterState state(ParameterDefinition definition, Stored stored) {
        return new ParameterState(definition.name(), definition.type(),
                stored == null ? definition.defaultValue() : stored.value(), definition.defaultValue(),
                definition.description(), stored == null ? null : stored.changedBy(),
                stored == null ? null : stored.changedAt());
    }

    private record Stored(String value, String changedBy, Instant changedAt) {
    }

    private static String read(Connection connection, String name) {
        try (PreparedStatement select = connection.prepareStatement("select value from parameter_value where name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new EventingException("could not read parameter " + name, e);
        }
    }

    private Map<String, Stored> readAll() {
        Map<String, Stored> stored = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select name, value, changed_by, changed_at from parameter_value");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                stored.put(rs.getString(1), new Stored(rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()));
            }
            return stored;
        } catch (SQLException e) {
            throw new EventingException("could not read the parameters", e);
        }
    }

    private static void upsert(Connection connection, String name, String value, String changedBy, Instant at) {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into parameter_value (name, value, changed_by, changed_at) values (?, ?, ?, ?)
                on conflict (name) do update set value = excluded.value, changed_by = excluded.changed_by,
                                                 changed_at = excluded.changed_at""")) {
            upsert.setString(1, name);
            upsert.setString(2, value);
            upsert.setString(3, changedBy);
            upsert.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new EventingException("could not store parameter " + name, e);
        }
    }
}
