package io.backorder.faults.load;

import io.backorder.bench.compare.DatabaseAccess;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * How far the services got with the run's input, counted in their databases: receipts claimed, storefront orders
 * imported. A fault run waits on these to strike in the middle, and to see when everything is in again.
 */
public final class Progress {

    static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final DatabaseAccess databases;
    private final String prefix;

    public Progress(DatabaseAccess databases, String prefix) {
        this.databases = databases;
        this.prefix = prefix;
    }

    /** Receipts of the run inventory claimed; empty while its database does not answer. */
    public OptionalLong receiptsTaken() {
        return count("inventory", "select count(*) from receipt where receipt_id like ?");
    }

    /** Storefront orders of the run order-service imported; empty while its database does not answer. */
    public OptionalLong ordersImported() {
        return count("orders", "select count(*) from storefront_order where storefront_order_id like ?");
    }

    /** Orders of the run that inventory took in (allocated or backordered); empty while its database does not answer. */
    public OptionalLong ordersPlaced() {
        // inventory knows orders by number only; the run's numbers are order-service's for its storefront ids
        try (Connection orders = databases.connect("orders");
             Connection inventory = databases.connect("inventory");
             PreparedStatement numbers = orders.prepareStatement(
                     "select array_agg(order_number) from storefront_order where storefront_order_id like ?");
             PreparedStatement placed = inventory.prepareStatement(
                     "select count(*) from order_placement where order_number = any (?)")) {
            numbers.setString(1, prefix + "%");
            try (ResultSet rs = numbers.executeQuery()) {
                rs.next();
                if (rs.getArray(1) == null) {
                    return OptionalLong.of(0);
                }
                placed.setArray(1, rs.getArray(1));
            }
            try (ResultSet rs = placed.executeQuery()) {
                rs.next();
                return OptionalLong.of(rs.getLong(1));
            }
        } catch (SQLException e) {
            return OptionalLong.empty();
        }
    }

    /** The numbers of the run's orders, those split off them included (they keep the storefront order id). */
    public Set<String> orderNumbers() throws SQLException {
        Set<String> numbers = new HashSet<>();
        try (Connection connection = databases.connect("orders");
             PreparedStatement statement = connection.prepareStatement(
                     "select order_number from order_view where storefront_order_id like ?")) {
            statement.setString(1, prefix + "%");
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    numbers.add(rs.getString(1));
                }
            }
        }
        return numbers;
    }

    private OptionalLong count(String database, String query) {
        try (Connection connection = databases.connect(database);
             PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, prefix + "%");
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return OptionalLong.of(rs.getLong(1));
            }
        } catch (SQLException e) {
            return OptionalLong.empty();
        }
    }

    /** A count of the run's progress; empty while it cannot be read. */
    @FunctionalInterface
    public interface Counter {
        OptionalLong count();
    }

    /**
     * Waits until {@code counter} reaches {@code wanted}.
     *
     * @return how long that took
     * @throws IllegalStateException if it did not within {@code timeout}, saying how far it got
     */
    public static Duration awaitAtLeast(Counter counter, long wanted, Duration timeout, String what)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        OptionalLong last = OptionalLong.empty();
        while (System.nanoTime() < deadline) {
            last = counter.count();
            if (last.isPresent() && last.getAsLong() >= wanted) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        throw new IllegalStateException("only " + (last.isPresent() ? last.getAsLong() : "an unknown number of")
                + " of " + wanted + " " + what + " within " + timeout.toSeconds() + " s");
    }
}
