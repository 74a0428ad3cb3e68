package org.llmleaderboard.web.view;

import java.util.List;

/** A filter drop-down of checkboxes, e.g. all labs; {@code param} is the URL parameter. */
public record FilterGroup(String param, String label, List<Option> options) {

    public long selectedCount() {
        return options.stream().filter(Option::selected).count();
    }

    public record Option(String value, String label, long count, boolean selected) {
    }
}
