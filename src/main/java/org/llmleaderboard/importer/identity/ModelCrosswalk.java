package org.llmleaderboard.importer.identity;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Crosswalk not found on the class path: " + BUNDLED);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        List<String> errors = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setCommentMarker('#').setTrim(true).setIgnoreEmptyLines(true).get()
                .parse(new StringReader(csv))) {
            boolean header = true;
            for (CSVRecord r : parser) {
                long line = r.getParser().getCurrentLineNumber();
                if (header) {
                    header = false;
                    if (!r.get(0).equals("source")) {
                        errors.add("line " + line + ": the first line must be the header source,source_id,relation,canonical,reason");
                    }
                    continue;
                }
                if (r.size() < 3 || r.get(0).isBlank() || r.get(1).isBlank()) {
                    errors.add("line " + line + ": expected source,source_id,relation,canonical,reason");
                    continue;
                }
                Relation relation;
                try {
                    relation = Relation.valueOf(r.get(2).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    errors.add("line " + line + ": unknown relation '" + r.get(2) + "' (same, variant, family, new or skip)");
                    continue;
                }
                String canonical = r.size() > 3 && !r.get(3).isBlank() ? r.get(3) : null;
                boolean needsTarget = relation == Relation.SAME || relation == Relation.VARIANT || relation == Relation.FAMILY;
                if (needsTarget == (canonical == null)) {
                    errors.add("line " + line + ": `" + r.get(2) + "` " + (canonical == null ? "needs" : "takes no") + " a canonical slug");
                    continue;
                }
                if (seen.put(r.get(0) + " " + r.get(1), line) != null) {
                    errors.add("line " + line + ": " + r.get(0) + " " + r.get(1) + " appears twice");
                    continue;
                }
                entries.add(new Entry(r.get(0), r.get(1), relation, canonical, r.size() > 4 ? r.get(4) : null));
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            errors.add("not readable CSV: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("model crosswalk: " + String.join("; ", errors));
        }
        return new ModelCrosswalk(List.copyOf(entries));
    }
}
