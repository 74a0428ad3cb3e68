package org.llmleaderboard.importer;

import org.llmleaderboard.domain.ScoreSetting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's curated benchmark crosswalk ({@code bundled/crosswalk/benchmarks.csv}): a source's benchmark id → the
 * canonical family it belongs to, and the setting it implies ({@code swe-bench-verified-(agentless)} → family
 * {@code swe-bench-verified}, setting {@code harness-agentless}). Columns {@code source,source_id,family,setting,reason};
 * {@code #} starts a comment; an empty setting implies none; a family equal to the benchmark's own slug says "a
 * family of its own" (a decision, so it is not put up for review). Every bad line is an error naming its line, so a
 * broken file never half-applies. Pure: text in, entries out.
 */
public record BenchmarkCrosswalk(Map<String, Entry> entries) {

    /** One line: the family's slug, the implied setting's key (null for none) and why. */
    public record Entry(String source, String sourceId, String family, String setting, String reason) {
    }

    public static final BenchmarkCrosswalk NONE = new BenchmarkCrosswalk(Map.of());

    /** The class-path resource of the project's crosswalk. */
    public static final String BUNDLED = "bundled/crosswalk/benchmarks.csv";

    /** The line for a source's benchmark id, if any. */
    public Optional<Entry> find(String source, String sourceId) {
        return Optional.ofNullable(entries.get(source + "\u0000" + sourceId));
    }

    /** The project's crosswalk, read from the class path. */
    public static BenchmarkCrosswalk bundled() {
        return parse(CrosswalkCsv.resource(BUNDLED));
    }

    public static BenchmarkCrosswalk parse(String csv) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        CrosswalkCsv.parse("benchmark crosswalk", "source,source_id,family,setting,reason", csv, (r, line, errors) -> {
            if (r.size() < 3 || r.get(0).isBlank() || r.get(1).isBlank() || r.get(2).isBlank()) {
                errors.add("line " + line + ": expected source,source_id,family,setting,reason with the first three set");
                return;
            }
            String setting = r.size() > 3 && !r.get(3).isBlank() ? r.get(3) : null;
            if (setting != null && ScoreSetting.ofKey(setting).isEmpty()) {
                errors.add("line " + line + ": '" + setting + "' is not a setting key (e.g. 5-shot.cot, pass-at-1, harness-agentless)");
                return;
            }
            Entry e = new Entry(r.get(0), r.get(1), r.get(2), setting, r.size() > 4 ? r.get(4) : null);
            if (entries.put(e.source() + "\u0000" + e.sourceId(), e) != null) {
                errors.add("line " + line + ": " + e.source() + " " + e.sourceId() + " appears twice");
            }
        });
        return new BenchmarkCrosswalk(Map.copyOf(entries));
    }
}
