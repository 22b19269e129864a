package io.backorder.faults.audit;

import java.util.List;

/**
 * The write path's own state in one service's database.
 *
 * @param events             rows of {@code event_store}
 * @param duplicateVersions  a description of every (aggregate, version) stored more than once (the unique key
 *                           forbids it; checked anyway)
 * @param unpublished        outbox rows not yet sent
 * @param setAside           outbox rows the relay gave up on
 */
public record StoreHealth(String service, long events, List<String> duplicateVersions, long unpublished,
                          long setAside) {
}
