package io.backorder.purchasing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of purchasing-service's own jobs, under {@code backorder.purchasing}. */
@ConfigMapping(prefix = "backorder.purchasing")
public interface PurchasingConfig {

    /** How many skus one round of the promise review works out, in one transaction. */
    @WithDefault("200")
    int promiseReviewBatch();

    /** The prefix of purchase order numbers (PO-1001). */
    @WithDefault("PO-")
    String numberPrefix();
}
