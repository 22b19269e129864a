package io.backorder.purchasing.app;

import io.backorder.eventing.Sql;
import java.sql.Connection;

/**
 * Keeps two generations from ordering the same units. A generation reads what is on order and then orders the
 * rest; two of them side by side would each see the other's units as not yet ordered. So a generation holds this
 * lock exclusively, in its transaction, from before it reads until it commits: the second one waits, then reads
 * (a new statement, so it sees the first one's committed drafts as on order) and orders only what is still missing.
 * Commands that change what is on order otherwise (a draft's lines, a cancel) hold it shared, so that they do not
 * slip between a generation's read and its commit. A PostgreSQL advisory lock: it holds across instances.
 */
final class OnOrderLock {

    /** An arbitrary key, the same for every instance: "on order" in ASCII. */
    private static final long KEY = 0x6f6e5f6f72646572L;

    private OnOrderLock() {
    }

    static void exclusive(Connection connection) {
        Sql.query(connection, "select pg_advisory_xact_lock(?)", rs -> null, KEY);
    }

    static void shared(Connection connection) {
        Sql.query(connection, "select pg_advisory_xact_lock_shared(?)", rs -> null, KEY);
    }
}
