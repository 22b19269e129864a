package io.backorder.inventory.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.backorder.inventory.app.BackorderFills;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a fill did: its totals always, and line by line unless the caller asked for the minimal answer
 * ({@code Prefer: return=minimal}), which a fill of many thousand lines is better off with.
 */
public record FillAnswer(
        String fillId,
        BackorderFills.FillTotals totals,
        @Schema(description = "every line looked at, oldest order first; absent from the minimal answer",
                nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<BackorderFills.FilledLine> lines) {

    static FillAnswer full(BackorderFills.FillOutcome outcome) {
        return new FillAnswer(outcome.fillId(), outcome.totals(), outcome.lines());
    }

    static FillAnswer minimal(BackorderFills.FillOutcome outcome) {
        return new FillAnswer(outcome.fillId(), outcome.totals(), null);
    }
}
