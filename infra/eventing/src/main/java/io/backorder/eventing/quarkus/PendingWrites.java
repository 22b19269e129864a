package io.backorder.eventing.quarkus;

import java.sql.Connection;

/** Rows a transaction gathers as it goes and writes at once, before it commits (see {@link UnitOfWork#pending}). */
@FunctionalInterface
public interface PendingWrites {

    void write(Connection connection);
}
