package io.backorder.eventing.quarkus;

import io.agroal.api.AgroalDataSource;
import io.backorder.eventing.BrokerCheck;
import io.backorder.eventing.OutboxRelay;
import io.backorder.eventing.RelayProducer;
import io.backorder.eventing.RelaySettings;
import io.backorder.eventing.RelayStats;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Starts the service's outbox relay with the application and stops it before the database goes. */
@ApplicationScoped
public class RelayLifecycle {

    private static final Logger LOG = Logger.getLogger(RelayLifecycle.class);
    /** How long the relay waits for the cluster to say whether a topic exists. */
    private static final Duration BROKER_CHECK_TIMEOUT = Duration.ofSeconds(5);

    private final AgroalDataSource dataSource;
    private final RelaySettings settings;
    private final RelayStats stats;
    private final EventingConfig config;
    private final Map<String, Object> connection;
    private final String applicationName;
    private KafkaProducer<String, String> producer;
    private Admin admin;
    private OutboxRelay relay;

    RelayLifecycle(AgroalDataSource dataSource, RelaySettings settings, RelayStats stats, EventingConfig config,
                   @Identifier("default-kafka-broker") Map<String, Object> kafkaSettings,
                   @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.stats = stats;
        this.config = config;
        // The same cluster, credentials and TLS as the service's consumers (kafka.* settings).
        this.connection = RelayProducer.connectionSettings(kafkaSettings);
        this.applicationName = applicationName;
    }

    void start(@Observes StartupEvent started) {
        if (!config.relay().enabled()) {
            LOG.info("outbox relay disabled by configuration");
            return;
        }
        producer = new KafkaProducer<>(RelayProducer.properties(connection, applicationName + "-outbox-relay"));
        Map<String, Object> adminSettings = new HashMap<>(connection);
        adminSettings.put(AdminClientConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-relay-admin");
        admin = Admin.create(adminSettings);
        relay = new OutboxRelay(dataSource, producer, settings, BrokerCheck.using(admin, BROKER_CHECK_TIMEOUT), stats);
        relay.start();
        LOG.infof("outbox relay publishing to %s", connection.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (relay != null) {
            relay.close();
        }
        if (producer != null) {
            producer.close(settings.sendTimeout());
        }
        if (admin != null) {
            admin.close(BROKER_CHECK_TIMEOUT);
        }
    }

    public void wakeUp() {
        OutboxRelay current = relay;
        if (current != null) {
            current.wakeUp();
        }
    }
}
