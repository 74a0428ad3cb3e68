package org.llmleaderboard.importer.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Model identity, one resolution for every source. A source's record is placed by the first step that applies:
 * <ol>
 * <li><b>exact ids</b>: the record's id is a model's slug or one of its aliases ({@code model_alias});</li>
 * <li><b>the crosswalk</b> ({@link ModelCrosswalk}): curated decisions, e.g. {@code openai/gpt-4o-2024-08-06} is a
 * variant of {@code openai/gpt-4o};</li>
 * <li><b>name rules</b> ({@link ModelNames}) within the record's lab: the same name is the same model; a name with a
 * snapshot or setting mark ("Gemini 2.5 Pro Preview 06-05") is a variant of the one plain model of that name
 * ("Gemini 2.5 Pro");</li>
 * <li>else <b>review</b>: several candidates, or a group of marked names without a plain one, goes to the review list
 * ({@code unresolved_record}) — never guessed into a merge.</li>
 * </ol>
 * Pure and deterministic (every list is sorted by slug). {@link #resolve} places one incoming record;
 * {@link #variantLinks} applies steps 2–4 to the models already stored, after an import.
 */
public final class ModelResolver {

    /** A stored model: {@code variantOf} its current canonical model (or null); {@code pinned} when an editor decided its identity. */
    public record Stored(String slug, String name, String labSlug, String variantOf, boolean pinned) {
    }

    /** An incoming record of a source. */
    public record Incoming(String source, String sourceId, String name, String labSlug) {
    }

    public enum Outcome { SAME, VARIANT, NEW, REVIEW }

    /** Where a record goes: {@code slug} the model it is (SAME) or is a variant of (VARIANT); the rule that decided. */
    public record Resolution(Outcome outcome, String slug, String rule, List<String> candidates) {
    }

    /** A variant link to make: {@code slug} becomes a variant of {@code canonical}. */
    public record Link(String slug, String canonical, String rule) {
    }

    /** A model the rules cannot place, with the models it could be. */
    public record Review(String slug, String name, String reason, List<String> candidates) {
    }

    public record Plan(List<Link> links, List<Review> reviews) {
    }

    private ModelResolver() {
    }

    /** Places one incoming record among the stored models (steps 1–4). */
    public static Resolution resolve(Incoming in, List<Stored> stored, Map<String, String> aliases, ModelCrosswalk crosswalk) {
        Map<String, Stored> bySlug = new HashMap<>();
        stored.forEach(s -> bySlug.put(s.slug(), s));
        if (bySlug.containsKey(in.sourceId())) {
            return new Resolution(Outcome.SAME, in.sourceId(), "same slug", List.of());
        }
        if (aliases.containsKey(in.sourceId())) {
            return new Resolution(Outcome.SAME, aliases.get(in.sourceId()), "alias", List.of());
        }
        ModelCrosswalk.Entry e = crosswalk.of(in.source()).get(in.sourceId());
        if (e != null && bySlug.containsKey(e.canonical())) {
            return switch (e.relation()) {
                case SAME -> new Resolution(Outcome.SAME, e.canonical(), "crosswalk", List.of());
                case VARIANT -> new Resolution(Outcome.VARIANT, canonicalOf(bySlug, e.canonical()), "crosswalk", List.of());
                default -> new Resolution(Outcome.NEW, null, "crosswalk", List.of());
            };
        }
        String key = ModelNames.key(in.name());
        String variantKey = ModelNames.variantKey(in.name());
        List<Stored> lab = stored.stream().filter(s -> s.labSlug().equals(in.labSlug()) && s.variantOf() == null)
                .sorted(Comparator.comparing(Stored::slug)).toList();
        List<String> same = lab.stream().filter(s -> ModelNames.key(s.name()).equals(key)).map(Stored::slug).toList();
        if (same.size() == 1) {
            return new Resolution(Outcome.SAME, same.get(0), "same normalised name", List.of());
        }
        List<String> plain = lab.stream().filter(s -> ModelNames.key(s.name()).equals(variantKey)).map(Stored::slug).toList();
        if (same.isEmpty() && plain.size() == 1) {
            return new Resolution(Outcome.VARIANT, plain.get(0), "name rule: a marked name of " + plain.get(0), List.of());
        }
        List<String> candidates = lab.stream().filter(s -> ModelNames.variantKey(s.name()).equals(variantKey)).map(Stored::slug).toList();
        if (!same.isEmpty() || !candidates.isEmpty()) {
            List<String> all = same.isEmpty() ? candidates : same;
            return new Resolution(Outcome.REVIEW, null, "several models could be " + in.name() + ": " + String.join(", ", all), all);
        }
        return new Resolution(Outcome.NEW, null, "new", List.of());
    }

    /**
     * The variant links the crosswalk and the name rules make among stored models, and the groups they cannot
     * place. Existing links stay; models an editor decided ({@code pinned}) are left alone.
     */
    public static Plan variantLinks(List<Stored> stored, Map<String, String> aliases, ModelCrosswalk crosswalk) {
        Map<String, Stored> bySlug = new TreeMap<>();
        stored.forEach(s -> bySlug.put(s.slug(), s));
        Map<String, String> variantOf = new HashMap<>();
        stored.forEach(s -> {
            if (s.variantOf() != null) {
                variantOf.put(s.slug(), s.variantOf());
            }
        });
        List<Link> links = new ArrayList<>();
        for (ModelCrosswalk.Entry e : crosswalk.entries()) {
            String slug = bySlug.containsKey(e.sourceId()) ? e.sourceId() : aliases.get(e.sourceId());
            Stored s = slug == null ? null : bySlug.get(slug);
            if (e.relation() != ModelCrosswalk.Relation.VARIANT || s == null || s.pinned() || variantOf.containsKey(slug)
                    || !bySlug.containsKey(e.canonical())) {
                continue;
            }
            String canonical = variantOf.getOrDefault(e.canonical(), e.canonical());
            if (!canonical.equals(slug)) {
                variantOf.put(slug, canonical);
                links.add(new Link(slug, canonical, "crosswalk"));
            }
        }
        Map<String, List<Stored>> groups = new TreeMap<>();
        for (Stored s : bySlug.values()) {
            if (!s.pinned() && !variantOf.containsKey(s.slug())) {
                groups.computeIfAbsent(s.labSlug() + " " + ModelNames.variantKey(s.name()), k -> new ArrayList<>()).add(s);
            }
        }
        List<Review> reviews = new ArrayList<>();
        for (List<Stored> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            List<Stored> plain = group.stream().filter(s -> !ModelNames.isMarked(s.name())).toList();
            List<String> slugs = group.stream().map(Stored::slug).toList();
            if (plain.size() == 1) {
                String canonical = plain.get(0).slug();
                group.stream().filter(s -> s != plain.get(0))
                        .forEach(s -> links.add(new Link(s.slug(), canonical, "name rule: a marked name of " + canonical)));
            } else {
                String why = plain.isEmpty() ? "no model of this name without a snapshot or setting mark"
                        : "several models have this very name";
                group.forEach(s -> reviews.add(new Review(s.slug(), s.name(), why, slugs)));
            }
        }
        return new Plan(List.copyOf(links), List.copyOf(reviews));
    }

    private static String canonicalOf(Map<String, Stored> bySlug, String slug) {
        return Optional.ofNullable(bySlug.get(slug)).map(Stored::variantOf).orElse(slug);
    }
}
