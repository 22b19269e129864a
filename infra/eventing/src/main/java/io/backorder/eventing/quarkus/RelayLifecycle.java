package io.backorder.eventing.quarkus;

import io.agroal.api.AgroalDataSource;
import io.backorder.eventing.OutboxRelay;
import io.backorder.eventing.RelaySettings;
import io.backorder.eventing.RelayProducer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Starts the service's outbox relay with the application and stops it before the database goes. */
@ApplicationScoped
public class RelayLifecycle {

    private static final Logger LOG = Logger.getLogger(RelayLifecycle.class);

    private final AgroalDataSource dataSource;
    private final RelaySettings settings;
    private final EventingConfig config;
    private final String bootstrapServers;
    private final String applicationName;
    private KafkaProducer<String, String> producer;
    private OutboxRelay relay;

    RelayLifecycle(AgroalDataSource dataSource, RelaySettings settings, EventingConfig config,
                   @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                   @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.applicationName = applicationName;
    }

    void start(@Observes StartupEvent started) {
        if (!config.relay().enabled()) {
            LOG.info("outbox relay disabled by configuration");
            return;
        }
        producer = new KafkaProducer<>(RelayProducer.properties(bootstrapServers, applicationName + "-outbox-relay"));
        relay = new OutboxRelay(dataSource, producer, settings);
        relay.start();
        LOG.infof("outbox relay publishing to %s", bootstrapServers);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (relay != null) {
            relay.close();
        }
        if (producer != null) {
            producer.close(settings.sendTimeout());
        }
    }

    public void wakeUp() {
        OutboxRelay current = relay;
        if (current != null) {
            current.wakeUp();
        }
    }
}
