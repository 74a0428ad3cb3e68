package org.llmleaderboard.importer.identity;

import org.llmleaderboard.importer.CrosswalkCsv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The curated crosswalk ({@code bundled/crosswalk/models.csv}): what a source's model record is, where neither its id
 * nor the name rules can say. Columns {@code source,source_id,relation,canonical,reason}; {@code #} starts a comment.
 * {@code source} is a data set ({@code llm-stats}, {@code markdown}); {@code source_id} its id of the record
 * (llm-stats: {@code <organization>/<model>}; markdown: the page's slug). Relations:
 * <ul>
 * <li>{@code same}: the record is the model {@code canonical} (its scores join it);</li>
 * <li>{@code variant}: the record is a variant of {@code canonical} (a dated snapshot, instruct/base, a setting);</li>
 * <li>{@code family}: a model of its own in {@code canonical}'s family; {@code new}: a model of its own;
 * {@code skip}: not imported.</li>
 * </ul>
 * A bad line fails with its line number, so that a broken file never half-applies.
 */
public record ModelCrosswalk(List<Entry> entries) {

    public enum Relation { SAME, VARIANT, FAMILY, NEW, SKIP }

    public record Entry(String source, String sourceId, Relation relation, String canonical, String reason) {
    }

    public static final ModelCrosswalk NONE = new ModelCrosswalk(List.of());

    /** The class-path resource of the project's crosswalk. */
    public static final String BUNDLED = "bundled/crosswalk/models.csv";

    /** The project's crosswalk, read from the class path. */
    public static ModelCrosswalk bundled() {
        return parse(CrosswalkCsv.resource(BUNDLED));
    }

    /** The entries of one source, by source id. */
    public Map<String, Entry> of(String source) {
        Map<String, Entry> m = new LinkedHashMap<>();
        entries.stream().filter(e -> e.source().equals(source)).forEach(e -> m.put(e.sourceId(), e));
        return m;
    }

    public static ModelCrosswalk parse(String csv) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Long> seen = new LinkedHashMap<>();
        CrosswalkCsv.parse("model crosswalk", "source,source_id,relation,canonical,reason", csv, (r, line, errors) -> {
            if (r.size() < 3 || r.get(0).isBlank() || r.get(1).isBlank()) {
                errors.add("line " + line + ": expected source,source_id,relation,canonical,reason");
                return;
            }
            Relation relation;
            try {
                relation = Relation.valueOf(r.get(2).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("line " + line + ": unknown relation '" + r.get(2) + "' (same, variant, family, new or skip)");
                return;
            }
            String canonical = r.size() > 3 && !r.get(3).isBlank() ? r.get(3) : null;
            boolean needsTarget = relation == Relation.SAME || relation == Relation.VARIANT || relation == Relation.FAMILY;
            if (needsTarget == (canonical == null)) {
                errors.add("line " + line + ": `" + r.get(2) + "` " + (canonical == null ? "needs" : "takes no") + " a canonical slug");
                return;
            }
            if (seen.put(r.get(0) + " " + r.get(1), line) != null) {
                errors.add("line " + line + ": " + r.get(0) + " " + r.get(1) + " appears twice");
                return;
            }
            entries.add(new Entry(r.get(0), r.get(1), relation, canonical, r.size() > 4 ? r.get(4) : null));
        });
        return new ModelCrosswalk(List.copyOf(entries));
    }
}
