package io.backorder.order.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The defaults of order-service's parameters, from configuration ({@code backorder.parameters.*}). */
@ConfigMapping(prefix = "backorder.parameters")
public interface OrderDefaults {

    @WithDefault("false")
    boolean captureAtFillBackorders();

    @WithDefault("false")
    boolean fillBackordersCarryDiscountPercent();

    @WithDefault("false")
    boolean fillBackOrdersSetShipDate();

    @WithDefault("false")
    boolean multiOrderProcessorIncludeBackorders();
}
