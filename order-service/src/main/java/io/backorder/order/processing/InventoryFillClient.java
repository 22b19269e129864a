package io.backorder.order.processing;

import io.backorder.web.security.ServiceCredentials;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * inventory-service's fill command, which the multi-order processor runs for the orders it was
 * given: inventory owns allocations, so the fill is its to do.
 */
@RegisterRestClient(configKey = "inventory")
@RegisterProvider(ServiceCredentials.class)
@Path("/api/backorder-fills")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface InventoryFillClient {

    record FillRequest(List<String> orderNumbers, boolean onlyCompletableOrders, boolean approveWhenComplete) {
    }

    record FilledLine(String orderNumber, int lineNo, String sku, int filled, int stillNeeded) {
    }

    record FillOutcome(String fillId, List<FilledLine> lines) {
    }

    @POST
    FillOutcome fill(FillRequest request);
}
