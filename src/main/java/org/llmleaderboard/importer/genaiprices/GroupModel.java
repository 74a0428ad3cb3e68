package org.llmleaderboard.importer.genaiprices;

import org.llmleaderboard.importer.source.SourceModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One model made from its entries. Its id is the lab's own entry's ({@code anthropic/claude-sonnet-5}), else
 * OpenRouter's {@code vendor/model}, else a named entry's, without {@code -latest}; its name the best written one the
 * entries give, without "(free)" or "(thinking)"; every provider id is an alias.
 */
final class GroupModel {

    record Draft(String id, String name, String lab, Integer contextWindow, List<String> aliases, String key) {
    }

    private static final Pattern TIER_WORDS = Pattern.compile("\\s*\\((?:free|thinking|extended)\\)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LATEST = Pattern.compile("-latest$");
    private static final Pattern DATE = Pattern.compile("(?:^| )(20\\d{2})(\\d{2})(\\d{2})(?: |$)");

    private GroupModel() {
    }

    static Draft draft(List<Entry> group, Map<String, String> providerNames) {
        List<Entry> ranked = new ArrayList<>(group);
        ranked.sort(Comparator.comparing((Entry e) -> !Labs.isOwn(e)).thenComparing(e -> e.name() == null)
                .thenComparing(e -> e.model().vendor() == null && !Labs.isOwn(e)).thenComparingInt(e -> e.model().model().length())
                .thenComparing(Entry::provider).thenComparing(Entry::id));
        Entry first = ranked.stream().filter(Labs::isOwn).findFirst()
                .or(() -> ranked.stream().filter(e -> e.provider().equals("openrouter") && e.model().vendor() != null).findFirst())
                .orElse(ranked.get(0));
        Entry labEntry = Labs.isOwn(first) || first.model().vendor() != null ? first
                : ranked.stream().filter(e -> Labs.isOwn(e) || e.model().vendor() != null).findFirst().orElse(first);
        String vendor = Labs.isOwn(labEntry) ? labEntry.provider() : labEntry.model().vendor();
        String model = LATEST.matcher(first.model().model()).replaceFirst("");
        String id = (vendor == null ? "" : vendor.toLowerCase(Locale.ROOT) + "/") + model.toLowerCase(Locale.ROOT);
        String lab = Labs.of(labEntry, providerNames);
        Integer window = ranked.stream().map(Entry::contextWindow).filter(Objects::nonNull).findFirst().orElse(null);
        List<String> aliases = group.stream().map(Entry::id).filter(a -> !a.equalsIgnoreCase(id)).distinct().sorted().toList();
        return new Draft(id, bestName(ranked), lab, window, aliases, first.model().key());
    }

    /** The models; a model no entry names is named after its undated model ("Claude Sonnet 4.5 2025-09-29") or its id. */
    static List<SourceModel> models(List<Draft> drafts) {
        Map<String, String> nameByKey = new HashMap<>();
        drafts.stream().filter(d -> d.name() != null).forEach(d -> nameByKey.putIfAbsent(d.key(), d.name()));
        Map<String, Integer> sameName = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (Draft d : drafts) {
            String name = d.name() != null ? d.name() : datedName(d.key(), nameByKey);
            names.add(name != null ? name : IdNames.of(modelPart(d)));
            sameName.merge(nameKey(names.get(names.size() - 1), d.lab()), 1, Integer::sum);
        }
        List<SourceModel> models = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String name = names.get(i);
            if (sameName.get(nameKey(name, d.lab())) > 1) {
                name = IdNames.of(modelPart(d)); // one name for two models (OpenAI's "gpt 4" for gpt-4 and gpt-4-32k): the ids differ
            }
            models.add(new SourceModel(d.id(), name, d.lab(), null, null, null, null, null, null, d.contextWindow(), null, null, null,
                    null, null, d.aliases()));
        }
        return models;
    }

    /**
     * The lab's own name first, unless it is written loosely ("gpt 4.1 mini", "gemini 1.5 Pro"); then names with capitals
     * ("Gemma 2 9B" over "gemma-2-9b-it", an id written as a name); the rest last.
     */
    private static String bestName(List<Entry> ranked) {
        return ranked.stream().filter(e -> e.name() != null && !clean(e.name()).isEmpty())
                .min(Comparator.comparingInt(GroupModel::nameRank)).map(e -> clean(e.name())).orElse(null);
    }

    private static int nameRank(Entry e) {
        String name = clean(e.name());
        boolean loose = Character.isLowerCase(name.charAt(0)) && name.contains(" ");
        if (Labs.isOwn(e) && !loose) {
            return 0;
        }
        return name.equals(name.toLowerCase(Locale.ROOT)) || loose ? 2 : 1;
    }

    private static String clean(String name) {
        return TIER_WORDS.matcher(name).replaceAll("").strip();
    }

    private static String modelPart(Draft d) {
        return d.id().substring(d.id().indexOf('/') + 1);
    }

    private static String nameKey(String name, String lab) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ") + "|" + (lab == null ? "" : lab.toLowerCase(Locale.ROOT));
    }

    private static String datedName(String key, Map<String, String> nameByKey) {
        Matcher date = DATE.matcher(key);
        if (!date.find()) {
            return null;
        }
        String undated = (key.substring(0, date.start()) + " " + key.substring(date.end())).trim().replaceAll(" +", " ");
        String base = nameByKey.get(undated);
        return base == null ? null : base + " " + date.group(1) + "-" + date.group(2) + "-" + date.group(3);
    }
}
