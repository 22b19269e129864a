package io.backorder.order.payment;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The payment provider's capture call. The idempotency key makes a retried capture charge once. */
@Path("/captures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PaymentGatewayClient {

    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @POST
    CaptureResponse capture(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, CaptureRequest request);
}
