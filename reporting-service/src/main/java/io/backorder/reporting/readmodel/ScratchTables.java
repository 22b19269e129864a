package io.backorder.reporting.readmodel;

import io.backorder.eventing.Sql;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Empty temporary copies of tables, made on a rebuild's connection under the tables' own names, so that the
 * projections' unchanged statements write into them; at the end of the rebuild's transaction, each real table's
 * rows are made its copy's ({@link #replace}). A temporary table takes no write-ahead log and starts without
 * the dead rows that deleting and writing the same keys again in one transaction left behind (which cost each
 * upsert twice the index work, measured by hand in psql).
 *
 * <p>A temporary table shadows the real one because {@code pg_temp} comes first in the search path. A statement
 * the connection prepared before (pgJDBC prepares a statement on the server at its fifth use) keeps the table it
 * found then, though, if the session had temporary tables already (as after an earlier rebuild on this pooled
 * connection): {@code discard plans} makes every prepared statement look its tables up again. The copies are
 * dropped at the end of the transaction, whether it commits or not, and prepared statements then find the real
 * tables again.
 */
final class ScratchTables {

    private static final String QUALIFIED_NAME = """
            select quote_ident(n.nspname) || '.' || quote_ident(c.relname)
              from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = ?::regclass""";
    private static final String KEYS = """
            select pg_get_constraintdef(oid) from pg_constraint where conrelid = ?::regclass and contype in ('p', 'u')""";

    private static final String PRIMARY_KEY = """
            select quote_ident(a.attname)
              from pg_index i cross join unnest(i.indkey) with ordinality as k(attnum, n)
                   join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
             where i.indrelid = ?::regclass and i.indisprimary order by k.n""";

    /** Percent of a page a rewritten table's copy fills with new rows: a line's row is written three to five times. */
    private static final int REWRITTEN_FILL = 30;

    /** Each table's qualified real name, by its plain name. */
    private final Map<String, String> real;
    /** The columns of each table's primary key, by its plain name. */
    private final Map<String, List<String>> primaryKeys;

    private ScratchTables(Map<String, String> real, Map<String, List<String>> primaryKeys) {
        this.real = real;
        this.primaryKeys = primaryKeys;
    }

    /**
     * Makes an empty copy of each table on the connection, in its transaction; reads and writes go to it until it
     * ends. A copy has the table's keys, which the upserts name, but not its other indexes: those serve the
     * reports, which read the real tables, and would only be more to write on every row.
     *
     * @param rewritten the tables whose rows the replay changes again and again: their copies leave room in each
     *                  page for a row's new versions, so that a change writes no index entry (a "HOT" update;
     *                  the versions a transaction replaces stay until it ends). Three passes over 221,642 lines
     *                  took 1.6-1.7 s each instead of 3.1, measured in psql.
     */
    static ScratchTables shadow(Connection connection, List<String> tables, Set<String> rewritten) {
        Map<String, String> real = new LinkedHashMap<>();
        Map<String, List<String>> primaryKeys = new LinkedHashMap<>();
        for (String table : tables) {
            real.put(table, Sql.one(connection, QUALIFIED_NAME, rs -> rs.getString(1), table));
            List<String> primaryKey = Sql.query(connection, PRIMARY_KEY, rs -> rs.getString(1), table);
            if (primaryKey.isEmpty()) {
                throw new IllegalArgumentException(table + " has no primary key to match its copy's rows by");
            }
            primaryKeys.put(table, primaryKey);
        }
        for (Map.Entry<String, String> table : real.entrySet()) {
            List<String> keys = Sql.query(connection, KEYS, rs -> rs.getString(1), table.getValue());
            Sql.update(connection, "create temporary table " + table.getKey() + " (like " + table.getValue()
                    + " including all excluding indexes)"
                    + (rewritten.contains(table.getKey()) ? " with (fillfactor = " + REWRITTEN_FILL + ")" : "")
                    + " on commit drop");
            for (String key : keys) {
                Sql.update(connection, "alter table pg_temp." + table.getKey() + " add " + key);
            }
        }
        Sql.update(connection, "discard plans");
        return new ScratchTables(real, primaryKeys);
    }

    /** The table itself, not its copy. */
    String real(String table) {
        return real.get(table);
    }

    /**
     * Makes the real table's rows its copy's, writing only the rows that differ: a rebuild mostly makes again the
     * rows the table has, and rewriting those too cost the most of a small rebuild's end (every key's index entry
     * checked past the row deleted before it). Rows are matched by their primary key in a hash join, then compared
     * column by column, nulls alike. Readers see the rows the table had until the transaction commits.
     */
    void replace(Connection connection, String table) {
        String copy = "pg_temp." + table;
        String same = primaryKeys.get(table).stream().map(column -> "made." + column + " = kept." + column)
                .collect(Collectors.joining(" and ")) + " and row(made.*) is not distinct from row(kept.*)";
        Sql.update(connection, "delete from " + real(table) + " kept where not exists (select from " + copy
                + " made where " + same + ")");
        Sql.update(connection, "insert into " + real(table) + " select * from " + copy + " made where not exists"
                + " (select from " + real(table) + " kept where " + same + ")");
    }
}
