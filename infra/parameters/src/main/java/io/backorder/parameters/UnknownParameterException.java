package io.backorder.parameters;

/** A parameter name this service does not have. */
public final class UnknownParameterException extends RuntimeException {

    public UnknownParameterException(String name) {
        super("this service has no parameter " + name);
    }
}
