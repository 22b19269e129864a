package io.backorder.parameters;

import io.backorder.contracts.ContractException;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.parameters.ParameterChanged;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Hears every parameter change on parameters.events, so that a change made on another instance of
 * this service reaches this one's cached values at once. Each instance is its own consumer group
 * (see this module's microprofile-config.properties) and starts at the latest record: only changes
 * from now on matter, the values themselves are read from the database.
 */
@ApplicationScoped
public class ParameterChangesConsumer {

    private static final Logger LOG = Logger.getLogger(ParameterChangesConsumer.class);
    static final String CHANNEL = "parameter-changes";

    private final Parameters parameters;

    ParameterChangesConsumer(Parameters parameters) {
        this.parameters = parameters;
    }

    @Incoming(CHANNEL)
    public void changed(String record) {
        try {
            EventEnvelope envelope = ContractJson.readEnvelope(record);
            if (ParameterChanged.class.getSimpleName().equals(envelope.type())) {
                ParameterChanged change = ContractJson.fromData(envelope.data(), ParameterChanged.class);
                if (parameters.service().equals(change.service())) {
                    parameters.forget();
                }
            }
        } catch (ContractException unreadable) {
            // Not ours to refuse: whoever wrote it has its own dead-letter topic. Read afresh to be safe.
            LOG.debugf("unreadable record on parameters.events (%s); parameters will be read again", unreadable.getMessage());
            parameters.forget();
        }
    }
}
