package org.llmleaderboard.importer.epoch;

import org.llmleaderboard.importer.source.SourceModel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Folds Epoch's model versions into models, each once: the effort, budget and host forms of a version are one model
 * ({@link ModelVersion#key()}); versions the source groups under one model name, with the same lab and release date,
 * are one model under two API ids ({@code Kimi-K2-Instruct-0905}, {@code moonshotai/kimi-k2-0905}); versions it groups
 * under one name but released on different days are snapshots: the shortest id keeps the name, the others are named
 * with their date ({@code Gemini 2.5 Pro (Jun 2025) 2025-06-05}) and are its variants, since the source groups them.
 */
final class VersionFolder {

    /** A display name's trailing note on effort or host ({@code (high)}, {@code (32k thinking)}, {@code (Together)}); a month stays. */
    private static final Pattern NOTE = Pattern.compile("\\s*\\((?!(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{4}\\))[^()]*\\)$");

    private final Map<String, Folded> byKey = new TreeMap<>();

    /** One model being built from its versions. */
    private static final class Folded {
        final List<VersionRow> rows = new ArrayList<>();
        String id;
        String name;
        String group;
        String variantOf;

        VersionRow first() {
            return rows.stream().filter(r -> r.version().host() == null).findFirst().orElse(rows.get(0));
        }

        <T> T any(java.util.function.Function<VersionRow, T> field) {
            T preferred = field.apply(first());
            return preferred != null ? preferred : rows.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
        }

        LocalDate released() {
            return any(VersionRow::released);
        }

        String lab() {
            return any(VersionRow::lab);
        }
    }

    void add(VersionRow row) {
        byKey.computeIfAbsent(row.version().key(), k -> new Folded()).rows.add(row);
    }

    /** The folded models, sorted by id, and for every raw version id the id of its model. */
    Result fold() {
        List<Folded> models = new ArrayList<>();
        for (Folded f : byKey.values()) {
            f.id = f.rows.stream().filter(r -> r.version().host() == null).map(r -> r.version().base()).sorted().findFirst()
                    .orElse(f.rows.get(0).version().base());
            f.group = f.any(VersionRow::group);
            f.name = f.group != null ? f.group : f.any(r -> stripNote(r.display()));
            if (f.name == null) {
                f.name = f.id;
            }
            models.add(f);
        }
        models = mergeSameRelease(models);
        nameSnapshots(models);
        Map<String, String> modelOf = new HashMap<>();
        List<SourceModel> out = new ArrayList<>();
        for (Folded f : models) {
            f.rows.forEach(r -> modelOf.put(r.version().raw(), f.id));
            out.add(toModel(f));
        }
        out.sort(Comparator.comparing(SourceModel::id));
        return new Result(out, modelOf);
    }

    /** Folded models and the model id of every version as written. */
    record Result(List<SourceModel> models, Map<String, String> modelOf) {
    }

    private static List<Folded> mergeSameRelease(List<Folded> models) {
        Map<String, Folded> kept = new LinkedHashMap<>();
        List<Folded> out = new ArrayList<>();
        for (Folded f : models) {
            if (f.group == null || f.released() == null) {
                out.add(f);
                continue;
            }
            // Only two spellings of one API id (Kimi-K2-Instruct-0905, kimi-k2-0905; deepseek-v3p2, deepseek-v3.2) are
            // one model: DeepSeek-V3.2-Speciale shares its group and day with deepseek-chat but is another model.
            String key = norm(f.group) + '|' + norm(f.lab()) + '|' + f.released() + '|' + spelling(f.id);
            Folded same = kept.putIfAbsent(key, f);
            if (same == null) {
                out.add(f);
            } else {
                same.rows.addAll(f.rows);
            }
        }
        return out;
    }

    private static void nameSnapshots(List<Folded> models) {
        Map<String, List<Folded>> byName = new LinkedHashMap<>();
        models.forEach(f -> byName.computeIfAbsent(norm(f.name) + '|' + norm(f.lab()), k -> new ArrayList<>()).add(f));
        Set<String> taken = new LinkedHashSet<>(byName.keySet());
        for (List<Folded> same : byName.values()) {
            if (same.size() < 2) {
                continue;
            }
            same.sort(PLAIN_FIRST);
            Folded plain = same.get(0);
            for (Folded f : same.subList(1, same.size())) {
                f.name = snapshotName(f, taken);
                f.variantOf = f.group != null ? plain.id : null;
            }
        }
    }

    /** A snapshot's own display name if it has a distinct one ("GPT-4 (Jun 2023)"), else the name and its date or id. */
    private static String snapshotName(Folded f, Set<String> taken) {
        String own = f.any(r -> stripNote(r.display()));
        String dated = f.released() == null ? null : f.name + " " + f.released();
        for (String candidate : new String[] {own, dated}) {
            if (candidate != null && taken.add(norm(candidate) + '|' + norm(f.lab()))) {
                return candidate;
            }
        }
        return f.name + " (" + f.id + ")";
    }

    /**
     * The member that keeps the group's name: its id without dates is the group's name ({@code gpt-5-2025-08-07} for
     * "GPT-5", not {@code gpt-5-chat}), else the shortest such id; then an undated id, the earliest release, the id.
     */
    private static final Comparator<Folded> PLAIN_FIRST = Comparator
            .comparing((Folded f) -> !norm(stem(f.id)).equals(norm((f.group == null ? f.name : f.group).replaceAll("\\s*\\([^()]*\\)$", ""))))
            .thenComparing(f -> stem(f.id).length())
            .thenComparing(f -> !stem(f.id).equals(f.id.toLowerCase(Locale.ROOT)))
            .thenComparing(f -> f.released() == null ? LocalDate.MAX : f.released())
            .thenComparing(f -> f.id);

    private static final Pattern DATED = Pattern.compile(
            "-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{2}-\\d{2}-\\d{4}|\\d{2}-\\d{4}|\\d{2}-\\d{2}|\\d{3,4}|preview|exp|latest|beta)(?=-|$)");

    /** An id without its dates and release stages: {@code gemini-2.5-pro-preview-06-05} → {@code gemini-2.5-pro}. */
    private static String stem(String id) {
        String s = id.toLowerCase(Locale.ROOT);
        String before;
        do {
            before = s;
            s = DATED.matcher(s).replaceAll("");
        } while (!s.equals(before));
        return s;
    }

    /** An id's spelling-free form: case, punctuation, {@code instruct} and {@code 3p2} for {@code 3.2} aside. */
    private static String spelling(String id) {
        return norm(id.toLowerCase(Locale.ROOT).replaceAll("(\\d)p(\\d)", "$1.$2").replace("instruct", ""));
    }

    private static SourceModel toModel(Folded f) {
        Set<String> aliases = new LinkedHashSet<>();
        for (VersionRow r : f.rows) {
            ModelVersion v = r.version();
            aliases.add(v.host() == null ? v.base() : v.host() + '/' + v.base());
            if (!v.base().equals(f.id)) {
                aliases.add(v.base());
            }
            if (r.alias() != null) {
                aliases.add(r.alias());
            }
        }
        aliases.remove(f.id);
        return new SourceModel(f.id, f.name, f.lab(), f.released(), null, null, null, null, null, null, null, null, null,
                f.any(VersionRow::url), f.variantOf, new ArrayList<>(new java.util.TreeSet<>(aliases)));
    }

    /** A display name without a trailing note on effort or host; null stays null. */
    static String stripNote(String display) {
        String s = EpochValues.cleanName(display);
        if (s == null) {
            return null;
        }
        String stripped = NOTE.matcher(s).replaceAll("").strip();
        return stripped.isEmpty() ? s : stripped;
    }

    private static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
