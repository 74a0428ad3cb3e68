package org.llmleaderboard.web.view;

/** A sortable column header: a real link first, enhanced by htmx. */
public record Column(String key, String label, String title, boolean numeric, String href, String ariaSort, boolean hideOnSmall) {

    /** The arrow shown next to the sorted column. */
    public String arrow() {
        return ariaSort == null ? "" : ariaSort.equals("ascending") ? "▲" : "▼";
    }
}
