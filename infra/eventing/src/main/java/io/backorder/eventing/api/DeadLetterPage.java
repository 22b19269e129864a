package io.backorder.eventing.api;

import java.util.List;

/** One page of dead letters, newest first, and how many match the filter in all. */
public record DeadLetterPage(List<DeadLetterResponse> deadLetters, int page, int size, long total) {
}
