package io.backorder.reporting.domain;

/**
 * Which page of a report: page numbers from 0. A screen asks for a screenful; a printout or an
 * export takes everything up to {@link #MAX_SIZE} unless it asks for less.
 */
public record Paging(int page, int size) {

    public static final int SCREEN_SIZE = 50;
    public static final int MAX_SIZE = 10_000;

    /**
     * @throws IllegalArgumentException for a negative page or a size outside 1..{@link #MAX_SIZE}
     */
    public static Paging of(Integer page, Integer size, ReportFormat format) {
        int chosenPage = page == null ? 0 : page;
        int chosenSize = size != null ? size : format == ReportFormat.JSON ? SCREEN_SIZE : MAX_SIZE;
        if (chosenPage < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (chosenSize < 1 || chosenSize > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        return new Paging(chosenPage, chosenSize);
    }

    public int offset() {
        return page * size;
    }
}
