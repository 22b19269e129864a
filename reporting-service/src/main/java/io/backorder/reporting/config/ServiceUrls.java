package io.backorder.reporting.config;

import io.smallrye.config.ConfigMapping;

/** Where the services that own the console's actions listen. */
@ConfigMapping(prefix = "backorder.services")
public interface ServiceUrls {

    String orderUrl();

    String inventoryUrl();

    String purchasingUrl();
}
