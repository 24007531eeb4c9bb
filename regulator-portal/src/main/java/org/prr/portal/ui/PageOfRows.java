package org.prr.portal.ui;

/** Which rows of how many a page shows (the layout's pager reads {@code total}, {@code page} and {@code size}). */
record PageOfRows(long total, int page, int size) {

    /** The page asked for, kept within the first and the last. */
    static PageOfRows of(int total, int asked, int size) {
        return new PageOfRows(total, Math.max(0, Math.min(asked, (total - 1) / size)), size);
    }

    /** The index of the page's first row. */
    int from() {
        return (int) Math.min((long) page * size, total);
    }

    /** The index after the page's last row. */
    int to() {
        return (int) Math.min((long) (page + 1) * size, total);
    }
}
