package io.backorder.reporting.readmodel;

import io.backorder.contracts.parameters.ParameterChanged;
import io.backorder.eventing.Sql;
import io.backorder.parameters.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;

/**
 * Reporting's own parameter changes, kept with their time: whether an import's new-backorders
 * report is kept depends on PrintNewBackordersReportAtImport as it was at the import, and a
 * rebuild must judge it the same way.
 */
@ApplicationScoped
public class ParameterProjection {

    private final String service;

    ParameterProjection(Parameters parameters) {
        this.service = parameters.service();
    }

    public void apply(Connection connection, ParameterChanged changed, String eventId, Instant occurredAt) {
        if (!service.equals(changed.service())) {
            return;
        }
        Sql.update(connection, """
                insert into rm_parameter_change (event_id, name, value, changed_at) values (?, ?, ?, ?)
                on conflict (event_id) do nothing""",
                eventId, changed.name(), changed.value(), changed.changedAt() == null ? occurredAt : changed.changedAt());
    }
}
