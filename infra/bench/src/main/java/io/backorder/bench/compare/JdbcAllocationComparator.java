package io.backorder.bench.compare;

import io.backorder.bench.workload.PlannedOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The yardstick: the same allocation done the plain way, on the same PostgreSQL server. One transaction per order;
 * for each line, {@code SELECT … FOR UPDATE} locks the item's row, the available units are allocated and the rest
 * backordered, the row is updated and the line's decision inserted. No events, no Kafka, no read models: what an
 * allocation costs at the least on this machine, and what the system's throughput is held against.
 *
 * <p>A few client threads work at once, as a web shop's request threads would; each order locks its items in sku
 * order, so two orders sharing items never wait for each other crosswise (no deadlocks to retry).
 *
 * <p>Its tables live in a database of its own ({@value #DATABASE}), made afresh on every run.
 */
public final class JdbcAllocationComparator {

    public static final String DATABASE = "bench_comparator";
    static final String ADMIN_DATABASE = "postgres";

    private final DatabaseAccess access;
    private final int threads;

    public JdbcAllocationComparator(DatabaseAccess access, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("the comparator needs at least one thread, not " + threads);
        }
        this.access = access;
        this.threads = threads;
    }

    /** What one run did. */
    public record Result(int orders, int lines, long backorderedLines, double seconds, int threads) {
        public double ordersPerSecond() {
            return seconds <= 0 ? 0 : orders / seconds;
        }
    }

    /** Sets up the stock, then allocates every order and measures the time that takes. */
    public Result run(Map<String, Integer> initialStock, List<PlannedOrder> orders)
            throws SQLException, InterruptedException {
        createDatabase();
        try (Connection connection = access.connect(DATABASE)) {
            createTables(connection);
            loadStock(connection, initialStock);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong backordered = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<Void>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    try (Connection connection = access.connect(DATABASE)) {
                        allocateAll(connection, orders, next, backordered);
                    }
                    return null;
                }));
            }
            for (Future<Void> worker : workers) {
                worker.get();
            }
        } catch (ExecutionException e) {
            throw new SQLException("the comparator failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int lines = orders.stream().mapToInt(order -> order.lines().size()).sum();
        return new Result(orders.size(), lines, backordered.get(), seconds, threads);
    }

    private void createDatabase() throws SQLException {
        try (Connection admin = access.connect(ADMIN_DATABASE); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
            statement.execute("create database " + DATABASE);
        }
    }

    private static void createTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table item (sku varchar(64) primary key, on_hand int not null,"
                    + " allocated int not null default 0)");
            statement.execute("create table line_decision (order_id varchar(64) not null, line_no int not null,"
                    + " sku varchar(64) not null, allocated int not null, backordered int not null,"
                    + " decided_at timestamptz not null default now(), primary key (order_id, line_no))");
        }
    }

    private static void loadStock(Connection connection, Map<String, Integer> stock) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into item (sku, on_hand) values (?, ?)")) {
            for (Map.Entry<String, Integer> item : stock.entrySet()) {
                insert.setString(1, item.getKey());
                insert.setInt(2, item.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void allocateAll(Connection connection, List<PlannedOrder> orders, AtomicInteger next,
                                    AtomicLong backordered) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement(
                     "select on_hand, allocated from item where sku = ? for update");
             PreparedStatement allocate = connection.prepareStatement(
                     "update item set allocated = allocated + ? where sku = ?");
             PreparedStatement decide = connection.prepareStatement(
                     "insert into line_decision (order_id, line_no, sku, allocated, backordered) values (?, ?, ?, ?, ?)")) {
            for (int index; (index = next.getAndIncrement()) < orders.size(); ) {
                PlannedOrder order = orders.get(index);
                List<PlannedOrder.Line> lines = new ArrayList<>(order.lines());
                lines.sort(Comparator.comparing(PlannedOrder.Line::sku));
                int lineNo = 0;
                for (PlannedOrder.Line line : lines) {
                    lineNo++;
                    lock.setString(1, line.sku());
                    int available;
                    try (ResultSet row = lock.executeQuery()) {
                        if (!row.next()) {
                            throw new SQLException("no item " + line.sku());
                        }
                        available = Math.max(0, row.getInt(1) - row.getInt(2));
                    }
                    int allocated = Math.min(available, line.quantity());
                    if (allocated > 0) {
                        allocate.setInt(1, allocated);
                        allocate.setString(2, line.sku());
                        allocate.executeUpdate();
                    }
                    if (allocated < line.quantity()) {
                        backordered.incrementAndGet();
                    }
                    decide.setString(1, order.storefrontOrderId());
                    decide.setInt(2, lineNo);
                    decide.setString(3, line.sku());
                    decide.setInt(4, allocated);
                    decide.setInt(5, line.quantity() - allocated);
                    decide.executeUpdate();
                }
                connection.commit();
            }
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }
}
