package org.llmleaderboard.service.load;

import java.util.Locale;

/** The formats an editor can upload. */
public enum ImportFormat {
    MARKDOWN, CSV, JSON, LLM_STATS;

    /** The {@code format} parameter: {@code markdown}, {@code csv}, {@code json}, {@code llm-stats}. */
    public static ImportFormat parse(String value) {
        String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return valueOf(v);
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** As the report and the change log name it. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
