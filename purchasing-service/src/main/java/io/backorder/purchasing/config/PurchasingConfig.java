package io.backorder.purchasing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of purchasing-service's own jobs, under {@code backorder.purchasing}. */
@ConfigMapping(prefix = "backorder.purchasing")
public interface PurchasingConfig {

    /** How often the promise review takes the skus marked since its last round (read by its @Scheduled). */
    @WithDefault("1s")
    Duration promiseReviewInterval();

    /** How often sent purchase orders are checked for lateness (read by its @Scheduled). */
    @WithDefault("1h")
    Duration lateCheckInterval();

    /** How many skus one round of the promise review works out, in one transaction. */
    @WithDefault("200")
    int promiseReviewBatch();

    /** The prefix of purchase order numbers (PO-1001). */
    @WithDefault("PO-")
    String numberPrefix();
}
