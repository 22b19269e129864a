package io.backorder.contracts;

/** An event type name or data class that the catalogue in {@link EventTypes} does not list. */
public class UnknownEventTypeException extends ContractException {

    private static final long serialVersionUID = 1L;

    private final String type;

    public UnknownEventTypeException(String type) {
        super("unknown event type: " + type);
        this.type = type;
    }

    /** The name that was not recognised. */
    public String type() {
        return type;
    }
}
