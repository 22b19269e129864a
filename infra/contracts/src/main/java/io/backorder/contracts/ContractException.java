package io.backorder.contracts;

/** A message does not follow the public contract (unreadable JSON, a missing envelope field, an unknown type). */
public class ContractException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContractException(String message) {
        super(message);
    }

    public ContractException(String message, Throwable cause) {
        super(message, cause);
    }
}
