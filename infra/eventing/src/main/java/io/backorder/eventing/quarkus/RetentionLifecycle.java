package io.backorder.eventing.quarkus;

import io.agroal.api.AgroalDataSource;
import io.backorder.eventing.Retention;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Purges old inbox and published outbox rows on a timer of its own ({@link Retention}). The
 * services have no quarkus-scheduler, and one daemon thread that wakes every few minutes does not
 * justify one; a purge never holds up the relay's rounds.
 */
@ApplicationScoped
public class RetentionLifecycle {

    private static final Logger LOG = Logger.getLogger(RetentionLifecycle.class);

    private final AgroalDataSource dataSource;
    private final EventingConfig config;
    private final Clock clock;
    private ScheduledExecutorService timer;

    RetentionLifecycle(AgroalDataSource dataSource, EventingConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    void start(@Observes StartupEvent started) {
        if (!config.retention().enabled()) {
            LOG.info("retention purge disabled by configuration");
            return;
        }
        Retention retention = new Retention(dataSource, config.inbox().retention(), config.relay().retention(),
                config.retention().batchSize(), clock);
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "eventing-retention");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.retention().interval().toMillis();
        timer.scheduleWithFixedDelay(() -> purge(retention), every, every, TimeUnit.MILLISECONDS);
    }

    private void purge(Retention retention) {
        try {
            Retention.Purged purged = retention.purge();
            if (purged.processedEvents() > 0 || purged.outboxRows() > 0) {
                LOG.infof("retention: purged %d inbox rows older than %s and %d outbox rows published before %s",
                        purged.processedEvents(), config.inbox().retention(), purged.outboxRows(),
                        config.relay().retention());
            }
        } catch (RuntimeException e) {
            // The next run tries again; a failed purge loses nothing.
            LOG.warnf("retention: purge failed, trying again in %s: %s", config.retention().interval(), e);
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
