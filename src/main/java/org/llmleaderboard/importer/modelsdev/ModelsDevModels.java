package org.llmleaderboard.importer.modelsdev;

import com.fasterxml.jackson.databind.JsonNode;
import org.llmleaderboard.domain.DatePrecision;
import org.llmleaderboard.importer.modelsdev.ModelsDevFiles.LabFile;
import org.llmleaderboard.importer.modelsdev.ModelsDevGroups.Group;
import org.llmleaderboard.importer.modelsdev.ModelsDevGroups.Member;
import org.llmleaderboard.importer.source.SourceModel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One {@link SourceModel} per group, and per name: two groups that end with the same display name (a
 * "latest" alias file beside its version, {@code claude-3-5-sonnet} beside {@code anthropic--claude-3.5-sonnet}) are
 * one model, the lab-level file's (or the most served) id kept and the other's kept as an alias.
 */
final class ModelsDevModels {

    /** A model being built: its groups (the first decides id and lab-level facts) and its name and lab. */
    static final class Draft {
        final List<Group> groups = new ArrayList<>();
        String id;
        String name;
        String lab;
        String variantOfKey;

        LabFile labFile() {
            return groups.get(0).labFile;
        }

        List<Member> members() {
            return groups.stream().flatMap(g -> g.members.stream()).toList();
        }
    }

    final List<SourceModel> models = new ArrayList<>();
    /** Provider file path → model id, for the offerings. */
    final Map<String, String> modelOfFile = new HashMap<>();
    /** Lab-level file id → model id (another's, when its name merged it). */
    private final Map<String, String> modelOfLabFile = new HashMap<>();
    int namesMerged;
    int unknownLabs;

    private final ModelsDevLabs labs;

    private ModelsDevModels(ModelsDevLabs labs) {
        this.labs = labs;
    }

    static ModelsDevModels build(ModelsDevFiles files, Map<String, Group> groups) {
        ModelsDevModels built = new ModelsDevModels(new ModelsDevLabs(files.labFiles.values()));
        built.labs.learn(groups.values());
        List<Draft> drafts = new ArrayList<>();
        Map<String, String> idOfKey = new HashMap<>();
        for (Group g : groups.values()) {
            Draft d = built.draft(g, groups);
            drafts.add(d);
        }
        // Lab-level files first, then a known lab, then the most served: the first of a name keeps its id and lab. The
        // name alone decides, whatever the lab's spelling: "DeepSeek V3.2" under deepseek-ai/ and under nvidia/ (its
        // NVFP4 build) is one model, and so is "Mistral Medium 3" under mistral/ and mistralai/.
        drafts.sort(Comparator.comparing((Draft d) -> d.labFile() == null).thenComparing(d -> d.lab.equals(ModelsDevLabs.UNKNOWN))
                .thenComparing(d -> -d.members().size())
                .thenComparing(d -> d.groups.get(0).key));
        Map<String, Draft> byName = new LinkedHashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        for (Draft d : drafts) {
            Draft kept = byName.putIfAbsent(ModelsDevNames.normal(d.name), d);
            if (kept != null) {
                kept.groups.addAll(d.groups);
                built.namesMerged++;
            } else {
                int n = ids.merge(d.id.toLowerCase(Locale.ROOT), 1, Integer::sum);
                d.id = n == 1 ? d.id : d.id + "~" + n;
            }
        }
        byName.values().forEach(d -> d.groups.forEach(g -> idOfKey.put(g.key, d.id)));
        for (Draft d : byName.values()) {
            built.unknownLabs += d.lab.equals(ModelsDevLabs.UNKNOWN) ? 1 : 0;
            built.models.add(built.model(d, idOfKey));
        }
        built.models.sort(Comparator.comparing(SourceModel::id));
        return built;
    }

    private Draft draft(Group g, Map<String, Group> groups) {
        Draft d = new Draft();
        d.groups.add(g);
        String segment;
        if (g.labFile != null) {
            d.id = g.labFile.id();
            d.lab = g.labFile.lab();
            d.name = ModelsDevNames.clean(ModelsDevFiles.text(g.labFile.toml(), "name"), false);
            segment = d.id.substring(d.lab.length() + 1).toLowerCase(Locale.ROOT);
        } else {
            boolean folded = g.members.stream().allMatch(m -> m.setting() != null);
            List<Member> named = g.members.stream().filter(m -> folded || m.setting() == null).toList();
            d.name = ModelsDevNames.mostCommon(named.stream().map(m -> name(m, folded)).filter(n -> n != null).toList());
            segment = mostCommon(named.stream().map(m -> folded ? ModelsDevKeys.withoutSetting(m.segment()) : m.segment()).toList(),
                    Function.identity());
            d.lab = labs.labOf(g.members);
            Group base = g.variantOfKey == null ? null : groups.get(g.variantOfKey);
            if (d.lab.equals(ModelsDevLabs.UNKNOWN) && base != null) { // a setting priced apart is its base model's lab's
                d.lab = base.labFile != null ? base.labFile.lab() : labs.labOf(base.members);
            }
            d.id = d.lab.toLowerCase(Locale.ROOT) + "/" + segment;
        }
        d.name = d.name == null ? segment : d.name;
        d.variantOfKey = g.variantOfKey;
        String setting = g.variantOfKey == null ? null : ModelsDevKeys.setting(segment);
        if (setting != null && !d.name.toLowerCase(Locale.ROOT).contains(setting)) {
            d.name = d.name + " (" + setting + ")"; // a setting priced apart: its name must say which
        }
        LocalDate snapshot = ModelsDevKeys.snapshotDate(segment);
        if (snapshot != null) {
            d.name = ModelsDevNames.withDate(d.name, snapshot);
            String base = ModelsDevKeys.key(ModelsDevKeys.withoutDate(segment));
            d.variantOfKey = groups.containsKey(base) && !base.equals(g.key) ? base : d.variantOfKey;
        }
        return d;
    }

    /** A provider's name for the model; a name that only echoes the id ({@code anthropic--claude-4-opus}) is the id's segment. */
    private static String name(Member m, boolean folded) {
        String name = ModelsDevFiles.text(m.file().toml(), "name");
        String local = m.file().localId();
        boolean echo = name != null && (name.equalsIgnoreCase(local) || name.equalsIgnoreCase(local.substring(local.lastIndexOf('/') + 1)));
        if (echo && !name.equalsIgnoreCase(m.segment())) {
            name = m.segment();
        }
        return ModelsDevNames.clean(name, folded);
    }

    private SourceModel model(Draft d, Map<String, String> idOfKey) {
        List<JsonNode> tomls = new ArrayList<>();
        if (d.labFile() != null) {
            tomls.add(d.labFile().toml());
        }
        List<Member> members = d.members();
        TreeSet<String> aliases = new TreeSet<>();
        for (Member m : members) {
            tomls.add(m.file().toml());
            aliases.add(m.file().localId());
            modelOfFile.put(m.file().path(), d.id);
        }
        d.groups.stream().filter(g -> g.labFile != null).forEach(g -> {
            aliases.add(g.labFile.id());
            modelOfLabFile.put(g.labFile.id(), d.id);
        });
        aliases.remove(d.id);
        String released = first(d, tomls, t -> ModelsDevFiles.text(t, "release_date"));
        JsonNode limit = d.labFile() != null && d.labFile().toml().has("limit") ? d.labFile().toml().get("limit") : null;
        Integer context = limit != null ? integer(limit, "context") : first(d, tomls, t -> integer(t.path("limit"), "context"));
        Integer output = limit != null ? integer(limit, "output") : first(d, tomls, t -> integer(t.path("limit"), "output"));
        String variantOf = d.variantOfKey == null ? null : idOfKey.get(d.variantOfKey);
        String url = d.labFile() != null ? ModelsDevFiles.GITHUB + d.labFile().path()
                : ModelsDevFiles.GITHUB + members.get(0).file().path();
        return new SourceModel(d.id, d.name, d.lab, ModelsDevKeys.date(released),
                ModelsDevKeys.monthOnly(released) ? DatePrecision.MONTH : DatePrecision.DAY,
                first(d, tomls, t -> bool(t, "open_weights")), null, null, null, context, output,
                first(d, tomls, t -> ModelsDevFiles.text(t, "knowledge")), first(d, tomls, t -> bool(t, "reasoning")), url,
                d.id.equals(variantOf) ? null : variantOf, new ArrayList<>(aliases), first(d, tomls, ModelsDevModels::modalities));
    }

    String idOfLabFile(String labFileId) {
        return modelOfLabFile.get(labFileId);
    }

    /** The lab-level file's value if it has one, else the most common among the model's provider files. */
    private static <T extends Comparable<T>> T first(Draft d, List<JsonNode> tomls, Function<JsonNode, T> field) {
        T own = d.labFile() == null ? null : field.apply(d.labFile().toml());
        return own != null ? own : mostCommon(tomls.stream().map(field).filter(v -> v != null).toList(), Function.identity());
    }

    /** The most common value, ties to the smallest (the earliest date). */
    static <T, K extends Comparable<K>> K mostCommon(List<T> values, Function<T, K> key) {
        Map<K, Integer> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(key.apply(v), 1, Integer::sum));
        K best = null;
        for (Map.Entry<K, Integer> e : counts.entrySet()) {
            best = best == null || e.getValue() > counts.get(best) ? e.getKey() : best;
        }
        return best;
    }

    /** The input modalities, each once, alphabetical and comma-separated ({@code image,pdf,text}); null when none listed. */
    static String modalities(JsonNode toml) {
        JsonNode input = toml.path("modalities").path("input");
        TreeSet<String> out = new TreeSet<>();
        input.forEach(m -> {
            String v = m.asText("").trim().toLowerCase(Locale.ROOT);
            if (v.matches("[a-z]{1,20}")) {
                out.add(v);
            }
        });
        String joined = String.join(",", out);
        return out.isEmpty() || joined.length() > 100 ? null : joined;
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.canConvertToInt() && v.asInt() > 0 ? v.asInt() : null;
    }

    private static Boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isBoolean() ? v.asBoolean() : null;
    }
}
