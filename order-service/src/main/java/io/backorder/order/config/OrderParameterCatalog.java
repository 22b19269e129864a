package io.backorder.order.config;

import io.backorder.parameters.ParameterCatalog;
import io.backorder.parameters.ParameterDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Order-service's parameters, named as in the order manager this system replaces. */
@ApplicationScoped
public class OrderParameterCatalog implements ParameterCatalog {

    public static final String CAPTURE_AT_FILL_BACKORDERS = "CaptureAtFillBackorders";
    public static final String FILL_BACKORDERS_CARRY_DISCOUNT_PERCENT = "FillBackordersCarryDiscountPercent";
    public static final String FILL_BACKORDERS_SET_SHIP_DATE = "FillBackOrdersSetShipDate";
    public static final String MULTI_ORDER_PROCESSOR_INCLUDE_BACKORDERS = "MultiOrderProcessorIncludeBackorders";

    private final OrderDefaults defaults;

    OrderParameterCatalog(OrderDefaults defaults) {
        this.defaults = defaults;
    }

    @Override
    public List<ParameterDefinition> definitions() {
        return List.of(
                ParameterDefinition.bool(CAPTURE_AT_FILL_BACKORDERS, defaults.captureAtFillBackorders(),
                        "When a fill completes an order, capture its payment authorization; a failed capture leaves it"
                                + " unapproved."),
                ParameterDefinition.bool(FILL_BACKORDERS_CARRY_DISCOUNT_PERCENT, defaults.fillBackordersCarryDiscountPercent(),
                        "An order split off at fill keeps the original's discount percent."),
                ParameterDefinition.bool(FILL_BACKORDERS_SET_SHIP_DATE, defaults.fillBackOrdersSetShipDate(),
                        "Set the ship date when backorders are filled."),
                ParameterDefinition.bool(MULTI_ORDER_PROCESSOR_INCLUDE_BACKORDERS,
                        defaults.multiOrderProcessorIncludeBackorders(),
                        "Default of the multi-order processor's option to include orders with backorders."));
    }
}
