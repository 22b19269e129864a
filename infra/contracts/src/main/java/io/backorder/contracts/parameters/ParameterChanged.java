package io.backorder.contracts.parameters;

import io.backorder.contracts.EventData;
import java.time.Instant;

/**
 * A merchant setting of one service was changed at run time, by whom and when. Values travel as
 * their text ("true", "30"); the service's parameter list says each one's type. Added to the
 * contract by this project, on the parameters.events topic, keyed by service.
 */
public record ParameterChanged(String service, String name, String value, String previousValue, String changedBy,
                               Instant changedAt) implements EventData {
}
