package io.backorder.purchasing.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.backorder.contracts.warehouse.ReceiptScanned;
import io.backorder.web.security.ServiceCredentials;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** inventory-service's receipts: stock is inventory's, so a receipt checked here is taken there. */
@RegisterRestClient(configKey = "inventory")
@RegisterProvider(ServiceCredentials.class)
@Path("/api/receipts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface InventoryReceiptsClient {

    @POST
    JsonNode receive(ReceiptScanned receipt);
}
