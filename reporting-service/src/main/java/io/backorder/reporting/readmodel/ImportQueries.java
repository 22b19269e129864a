package io.backorder.reporting.readmodel;

import io.backorder.eventing.Sql;
import io.backorder.reporting.config.ReportingDefaults;
import io.backorder.reporting.domain.Paging;
import io.backorder.reporting.readmodel.ReportRows.ImportSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Imports and whether their new-backorders report is kept: it is when PrintNewBackordersReportAtImport
 * was true at the import (its last change before the import's first order, else its default).
 */
@ApplicationScoped
public class ImportQueries {

    public static final String PARAMETER = "PrintNewBackordersReportAtImport";

    /** The import's kept state as SQL on an {@code rm_import i}; its one parameter is the default. */
    private static final String KEPT = """
            coalesce((select c.value = 'true' from rm_parameter_change c
                      where c.name = '%s' and c.changed_at <= i.first_seen_at
                      order by c.changed_at desc, c.event_id desc limit 1), ?)""".formatted(PARAMETER);

    /** An import as the reports know it. */
    public record ImportState(String importId, Instant firstSeenAt, boolean kept) {
    }

    private final ReportQueries queries;
    private final ReportingDefaults defaults;

    ImportQueries(ReportQueries queries, ReportingDefaults defaults) {
        this.queries = queries;
        this.defaults = defaults;
    }

    public Optional<ImportState> find(String importId) {
        return Optional.ofNullable(queries.withConnection(connection -> Sql.one(connection,
                "select i.import_id, i.first_seen_at, " + KEPT + " as kept from rm_import i where i.import_id = ?",
                rs -> new ImportState(rs.getString("import_id"), Sql.instant(rs, "first_seen_at"),
                        rs.getBoolean("kept")), defaults.printNewBackordersReportAtImport(), importId)));
    }

    /** The imports whose report is kept, newest first. */
    public ReportPage<ImportSummary> kept(Paging paging) {
        long[] total = {0};
        var rows = queries.withConnection(connection -> Sql.query(connection, """
                select i.import_id, i.first_seen_at,
                       (select count(*) from rm_order o where o.import_id = i.import_id) as orders,
                       coalesce(b.lines, 0) as lines, coalesce(b.units, 0) as units, count(*) over () as total
                from rm_import i
                left join (select o.import_id, count(*) as lines, sum(l.needed_at_import) as units
                           from rm_order o join rm_line l on l.order_number = o.order_number
                           where l.needed_at_import > 0 group by o.import_id) b on b.import_id = i.import_id
                where""" + " " + KEPT + """
                 order by i.first_seen_at desc, i.import_id limit ? offset ?""",
                rs -> {
                    total[0] = rs.getLong("total");
                    return new ImportSummary(rs.getString("import_id"), Sql.instant(rs, "first_seen_at"),
                            rs.getLong("orders"), rs.getLong("lines"), rs.getLong("units"));
                }, defaults.printNewBackordersReportAtImport(), paging.size(), paging.offset()));
        return new ReportPage<>(rows, total[0]);
    }
}
