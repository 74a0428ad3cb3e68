package org.llmleaderboard.service.load.llmstats;

import org.llmleaderboard.domain.ScoreSetting;
import org.llmleaderboard.importer.BenchmarkCrosswalk;
import org.llmleaderboard.importer.llmstats.LlmStats;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.Action;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.BenchmarkDecision;
import org.llmleaderboard.importer.llmstats.LlmStatsNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each source benchmark ranks: in a family of its own, or as a variant of a canonical family with the setting
 * its id implies. One resolution, in this order (the first step that applies decides):
 * <ol>
 * <li><b>crosswalk</b>: the project's curated file ({@link BenchmarkCrosswalk}) names the family and setting;</li>
 * <li><b>exact</b>: the matcher found the benchmark itself (override file, alias, same slug): it stays as it is;</li>
 * <li><b>source parent</b>: the source names a parent benchmark: a variant of that one's family;</li>
 * <li><b>name rules</b>: {@code <family>-(<qualifier>)}, the family known and the qualifier a setting
 * ({@link ScoreSetting#parse}: {@code -(cot)}, {@code -(agentless)}): a variant with that setting;</li>
 * <li><b>review</b>: a qualifier that is no setting, or a slug that begins with a known family's slug and a hyphen
 * ({@code livecodebench-v5-24-12-25-2} after {@code livecodebench}): created as a family of its own, never merged, and
 * listed for review with the family the rule suggests;</li>
 * <li>otherwise a new family of its own.</li>
 * </ol>
 * The exact step runs before the crosswalk in the matcher (it decides whether a benchmark is new); the crosswalk is
 * consulted first here, so a curated line also moves a benchmark an earlier import created. Pure: no database.
 */
public final class BenchmarkFamilies {

    /** The source the crosswalk's lines name. */
    static final String SOURCE = "llm-stats";

    private static final Pattern QUALIFIED = Pattern.compile("^(.+)-\\((.+)\\)$");

    public enum Kind { KEEP, OWN, VARIANT, REVIEW }

    /**
     * @param slug      the benchmark the source id became
     * @param family    the family's slug for a variant; the suggested family for a review; else null
     * @param setting   the implied setting's key for a variant, or null
     */
    public record Placement(String sourceId, String slug, Kind kind, String family, String setting, String rule) {
    }

    private BenchmarkFamilies() {
    }

    /**
     * @param parentOf every benchmark there is after the step's creations, by slug → its parent's slug (null for a family)
     */
    public static List<Placement> place(List<BenchmarkDecision> decisions, Map<String, LlmStats.Benchmark> sources,
            BenchmarkCrosswalk crosswalk, Map<String, String> parentOf) {
        List<Placement> placements = new ArrayList<>();
        for (BenchmarkDecision d : decisions) {
            placements.add(place(d, sources.get(d.id()), crosswalk, parentOf));
        }
        return placements;
    }

    private static Placement place(BenchmarkDecision d, LlmStats.Benchmark src, BenchmarkCrosswalk crosswalk,
            Map<String, String> parentOf) {
        String slug = d.slug();
        BenchmarkCrosswalk.Entry line = crosswalk.find(SOURCE, d.id()).orElse(null);
        if (line != null) {
            String why = "crosswalk" + (line.reason() == null || line.reason().isBlank() ? "" : ": " + line.reason());
            if (line.family().equals(slug)) {
                return new Placement(d.id(), slug, Kind.OWN, null, null, why);
            }
            if (!parentOf.containsKey(line.family())) {
                return new Placement(d.id(), slug, Kind.REVIEW, null, null, "the crosswalk names an unknown family '" + line.family() + "'");
            }
            return new Placement(d.id(), slug, Kind.VARIANT, root(line.family(), parentOf), line.setting(), why);
        }
        if (d.action() == Action.MATCH) {
            return new Placement(d.id(), slug, Kind.KEEP, null, null, "exact: " + d.rule());
        }
        String parent = src == null || src.parentId() == null ? null : LlmStatsNames.slugify(src.parentId());
        if (parent != null && parentOf.containsKey(parent) && !parent.equals(slug)) {
            return new Placement(d.id(), slug, Kind.VARIANT, root(parent, parentOf), null, "the source's parent benchmark");
        }
        Matcher q = QUALIFIED.matcher(d.id());
        if (q.matches()) {
            String base = LlmStatsNames.slugify(q.group(1));
            if (parentOf.containsKey(base) && !base.equals(slug)) {
                ScoreSetting implied = ScoreSetting.parse(q.group(2).replace('-', ' '));
                if (implied.equals(ScoreSetting.UNSPECIFIED)) {
                    return new Placement(d.id(), slug, Kind.REVIEW, root(base, parentOf), null,
                            "its qualifier '(" + q.group(2) + ")' is no setting the name rules know");
                }
                return new Placement(d.id(), slug, Kind.VARIANT, root(base, parentOf), implied.key(), "name rule: family-(setting)");
            }
        }
        String prefix = longestFamilyPrefix(slug, parentOf);
        if (prefix != null) {
            return new Placement(d.id(), slug, Kind.REVIEW, prefix, null, "its slug begins with the family '" + prefix + "'");
        }
        return new Placement(d.id(), slug, Kind.OWN, null, null, "a new family");
    }

    /** A family's slug: variants do not nest, so a variant's family is its parent's. */
    private static String root(String slug, Map<String, String> parentOf) {
        String parent = parentOf.get(slug);
        return parent == null ? slug : parent;
    }

    private static String longestFamilyPrefix(String slug, Map<String, String> parentOf) {
        String best = null;
        for (Map.Entry<String, String> e : parentOf.entrySet()) {
            String k = e.getKey();
            if (e.getValue() == null && slug.startsWith(k + "-") && (best == null || k.length() > best.length())) {
                best = k;
            }
        }
        return best;
    }
}
