package io.backorder.faults.audit;

import io.backorder.bench.compare.DatabaseAccess;
import io.backorder.devstack.LocalStack;

/** Where the audit reads: the services' databases, their HTTP APIs, and the broker (for the consumers' lag). */
public record AuditTarget(DatabaseAccess databases, String orderServiceUrl, String inventoryServiceUrl,
                          String kafkaBootstrapServers) {

    static final String ORDERS_DATABASE = "orders";
    static final String INVENTORY_DATABASE = "inventory";

    public static AuditTarget of(LocalStack stack) {
        return new AuditTarget(DatabaseAccess.of(stack.jdbcUrl("postgres"), stack.dbUser(), stack.dbPassword()),
                stack.serviceUrl("order-service"), stack.serviceUrl("inventory-service"),
                stack.kafkaBootstrapServers());
    }
}
