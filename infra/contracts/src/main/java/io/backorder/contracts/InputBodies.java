package io.backorder.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads what storefronts and scanners publish: a bare body ({@code OrderPlaced},
 * {@code ReceiptScanned}) or the same in an envelope, and checks it with the rules the HTTP path
 * applies, so that both paths refuse the same input.
 */
public final class InputBodies {

    private InputBodies() {
    }

    /**
     * @throws ContractException naming what is wrong: not JSON, another event type, a field that
     *                           cannot be read, or the fields that fail validation
     */
    public static <T> T read(String value, Class<T> type, Validator validator) {
        T body = parse(value, type);
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ContractException("invalid " + type.getSimpleName() + ": " + violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .collect(Collectors.joining("; ")));
        }
        return body;
    }

    private static <T> T parse(String value, Class<T> type) {
        JsonNode tree;
        try {
            tree = ContractJson.mapper().readTree(value == null ? "" : value);
        } catch (JsonProcessingException e) {
            throw new ContractException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new ContractException("not a JSON object");
        }
        boolean enveloped = tree.has("type") && tree.has("data");
        if (enveloped && !type.getSimpleName().equals(tree.get("type").asText())) {
            throw new ContractException("expected " + type.getSimpleName() + ", not " + tree.get("type").asText());
        }
        return ContractJson.fromData(enveloped ? tree.get("data") : tree, type);
    }
}
