package io.backorder.order.payment;

import io.backorder.order.domain.CaptureOutcome;
import io.backorder.web.security.ServiceCredentials;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jboss.logging.Logger;

/**
 * Captures payment authorizations through the configured provider: with a timeout, and retried
 * on failures to reach it, which the idempotency key makes safe. A decline is an answer, not a
 * failure, and is not retried.
 */
@ApplicationScoped
public class PaymentGateway {

    private static final Logger LOG = Logger.getLogger(PaymentGateway.class);

    private final TransactionSynchronizationRegistry transaction;
    private volatile PaymentGatewayClient client;

    PaymentGateway(TransactionSynchronizationRegistry transaction) {
        this.transaction = transaction;
    }

    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @Timeout(value = 5, unit = java.time.temporal.ChronoUnit.SECONDS)
    public CaptureOutcome capture(String orderNumber, String authorizationId, BigDecimal amount) {
        if (transaction.getTransactionKey() != null) {
            // Retries times the timeout would hold a connection and the order's locks for seconds.
            throw new IllegalStateException("a payment capture is never made inside a database transaction");
        }
        CaptureResponse response = client().capture("capture-" + orderNumber + "-" + authorizationId,
                new CaptureRequest(authorizationId, amount, orderNumber));
        if (response == null || response.status() == null) {
            throw new IllegalStateException("the payment gateway gave no answer for order " + orderNumber);
        }
        LOG.infof("order %s: capture of %s answered %s", orderNumber, authorizationId, response.status());
        return response.captured()
                ? CaptureOutcome.captured(response.transactionId(), amount)
                : CaptureOutcome.declined(response.reason() == null ? "declined" : response.reason());
    }

    /** Built on first use: in tests the server's own port is only known once it listens. */
    private PaymentGatewayClient client() {
        PaymentGatewayClient current = client;
        if (current == null) {
            var config = ConfigProvider.getConfig();
            Duration timeout = config.getValue("backorder.payment.timeout", Duration.class);
            QuarkusRestClientBuilder builder = QuarkusRestClientBuilder.newBuilder()
                    .baseUri(URI.create(config.getValue("backorder.payment.gateway-url", String.class)))
                    .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (config.getValue("backorder.payment.sandbox-enabled", Boolean.class)) {
                // the built-in sandbox is one of this service's own endpoints, for operators; a real provider
                // takes its own credentials and must never see the service user's (docs/payments.md)
                builder.register(ServiceCredentials.class);
            }
            current = builder.build(PaymentGatewayClient.class);
            client = current;
        }
        return current;
    }
}
