package org.llmleaderboard.importer.identity;

import org.llmleaderboard.importer.CrosswalkCsv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The curated list of model pairs reviewed as <b>distinct</b> ({@code bundled/crosswalk/distinct-models.csv}): two
 * models the data-quality report suspected to be one (a name collision, or the same lab and parameters within a month)
 * that a curator checked and found to be two models, e.g. DeepSeek-V3 and DeepSeek-R1 (both 685 B, both from
 * DeepSeek). Columns {@code source,model,other,reason}; {@code source} is {@code review} (the decision is about stored
 * models, by canonical slug, not about one source's records). A pair is unordered. The report then leaves a cluster
 * out only when every pair in it was reviewed, so a new model that joins a reviewed cluster makes it reappear.
 */
public record ReviewedDistinct(List<Pair> pairs, Set<String> keys) {

    public record Pair(String model, String other, String reason) {
    }

    /** The class-path resource of the project's list. */
    public static final String BUNDLED = "bundled/crosswalk/distinct-models.csv";

    public static final ReviewedDistinct NONE = new ReviewedDistinct(List.of());

    /** The pairs, each also kept as an unordered key, built once: the report asks about every pair of every cluster. */
    public ReviewedDistinct(List<Pair> pairs) {
        this(List.copyOf(pairs), pairs.stream().map(p -> key(p.model(), p.other())).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    public static ReviewedDistinct bundled() {
        return parse(CrosswalkCsv.resource(BUNDLED));
    }

    /** Whether the two models were reviewed as distinct (in either order). */
    public boolean distinct(String a, String b) {
        return keys.contains(key(a, b));
    }

    /** Whether every pair of these models was reviewed as distinct. */
    public boolean allDistinct(List<String> slugs) {
        for (int i = 0; i < slugs.size(); i++) {
            for (int j = i + 1; j < slugs.size(); j++) {
                if (!keys.contains(key(slugs.get(i), slugs.get(j)))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
    }

    public static ReviewedDistinct parse(String csv) {
        List<Pair> pairs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CrosswalkCsv.parse("distinct-models list", "source,model,other,reason", csv, (r, line, errors) -> {
            if (r.size() < 4 || !"review".equals(r.get(0)) || r.get(1).isBlank() || r.get(2).isBlank() || r.get(3).isBlank()) {
                errors.add("line " + line + ": expected review,<model slug>,<other model slug>,<reason>");
                return;
            }
            if (r.get(1).equals(r.get(2))) {
                errors.add("line " + line + ": a model is not distinct from itself");
                return;
            }
            if (!seen.add(key(r.get(1), r.get(2)))) {
                errors.add("line " + line + ": " + r.get(1) + " and " + r.get(2) + " appear twice");
                return;
            }
            pairs.add(new Pair(r.get(1), r.get(2), r.get(3)));
        });
        return new ReviewedDistinct(pairs);
    }
}
