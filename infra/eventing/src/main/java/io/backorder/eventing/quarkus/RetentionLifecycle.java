package io.backorder.eventing.quarkus;

import io.agroal.api.AgroalDataSource;
import io.backorder.eventing.Retention;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Purges old inbox and published outbox rows ({@link Retention}) every
 * {@code backorder.eventing.retention.interval}, on the scheduler's thread: a purge never holds up
 * the relay's rounds, and a failed one loses nothing (the next run tries again).
 */
@ApplicationScoped
public class RetentionLifecycle {

    private static final Logger LOG = Logger.getLogger(RetentionLifecycle.class);

    private final EventingConfig config;
    private final Retention retention;

    RetentionLifecycle(AgroalDataSource dataSource, EventingConfig config, Clock clock) {
        this.config = config;
        this.retention = new Retention(dataSource, config.inbox().retention(), config.relay().retention(),
                config.retention().batchSize(), clock);
    }

    @Scheduled(every = "${backorder.eventing.retention.interval:10m}",
            delayed = "${backorder.eventing.retention.interval:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        if (!config.retention().enabled()) {
            return;
        }
        try {
            Retention.Purged purged = retention.purge();
            if (purged.processedEvents() > 0 || purged.outboxRows() > 0) {
                LOG.infof("retention: purged %d inbox rows older than %s and %d outbox rows published before %s",
                        purged.processedEvents(), config.inbox().retention(), purged.outboxRows(),
                        config.relay().retention());
            }
        } catch (RuntimeException e) {
            LOG.warnf("retention: purge failed, trying again in %s: %s", config.retention().interval(), e);
        }
    }
}
