package io.backorder.reporting.api;

import io.backorder.reporting.app.Reports;
import io.backorder.reporting.readmodel.ImportQueries;
import io.backorder.reporting.readmodel.ImportQueries.ImportState;
import io.backorder.reporting.readmodel.ReportPage;
import io.backorder.reporting.readmodel.ReportQueries;
import io.backorder.reporting.readmodel.ReportRows.NewBackorderLine;
import io.backorder.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** The New Backorders report of one import, answered at its path and at CONTRACT.md's older one. */
@ApplicationScoped
public class NewBackordersReport {

    private final ImportQueries imports;
    private final ReportQueries queries;
    private final ReportResponder responder;

    NewBackordersReport(ImportQueries imports, ReportQueries queries, ReportResponder responder) {
        this.imports = imports;
        this.queries = queries;
        this.responder = responder;
    }

    /**
     * @throws ProblemException 404 when reporting has not seen the import, or its report was not kept
     */
    public Response respond(String importId, ReportQuery query) {
        ImportState state = imports.find(importId).orElseThrow(() -> ProblemException.notFound(
                "no import " + importId + " has reached reporting"));
        if (!state.kept()) {
            throw ProblemException.notFound("the New Backorders report of import " + importId + " was not kept: "
                    + ImportQueries.PARAMETER + " was false when it was imported");
        }
        ReportPage<NewBackorderLine> page = queries.newBackorders(importId, query.filter(), query.paging());
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("import", importId);
        filters.putAll(query.filter().described());
        return responder.respond(Reports.NEW_BACKORDERS, Reports.NEW_BACKORDERS.title() + " of import " + importId,
                query.reportFormat(), filters, query.paging(), page);
    }
}
