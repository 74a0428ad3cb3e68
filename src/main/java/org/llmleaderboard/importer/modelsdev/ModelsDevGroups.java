package org.llmleaderboard.importer.modelsdev;

import com.fasterxml.jackson.databind.JsonNode;
import org.llmleaderboard.importer.modelsdev.ModelsDevFiles.LabFile;
import org.llmleaderboard.importer.modelsdev.ModelsDevFiles.ProviderFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sorts every provider file under the model it serves. A file with {@code base_model} serves that lab-level model;
 * one without is grouped by the key of its last id segment, and joins the lab-level model of the same key if there is
 * one. An id with a setting suffix ({@code :thinking}, {@code -xhigh}, {@code :free}, {@code -latest}) folds into its
 * base id, unless a provider lists both ids at different prices: then it is a model of its own, a variant of the base.
 */
final class ModelsDevGroups {

    /** One provider file in a group; {@code setting} is the suffix it was folded by, or null. */
    record Member(ProviderFile file, String segment, String setting) {
    }

    /** The files of one model: a lab-level file's, or a key's; {@code variantOfKey} for a separate setting. */
    static final class Group {
        final String key;
        final LabFile labFile;
        final List<Member> members = new ArrayList<>();
        String variantOfKey;

        Group(String key, LabFile labFile) {
            this.key = key;
            this.labFile = labFile;
        }
    }

    /** A free tier or a "latest" alias is a price plan or a pointer, never a model of its own. */
    private static final java.util.regex.Pattern PLANS = java.util.regex.Pattern.compile("(:free|-latest)$");

    private final Map<String, Group> byKey = new TreeMap<>();
    private final Map<String, Group> byLabId = new HashMap<>();

    private ModelsDevGroups() {
    }

    /** The groups, sorted by key; a lab-level file is a group even when no provider serves it. */
    static Map<String, Group> of(ModelsDevFiles files) {
        ModelsDevGroups groups = new ModelsDevGroups();
        for (LabFile lab : files.labFiles.values()) {
            Group g = groups.byKey.computeIfAbsent(ModelsDevKeys.key(lab.id().substring(lab.lab().length() + 1)),
                    k -> new Group(k, lab));
            groups.byLabId.put(lab.id(), g);
        }
        Set<String> separate = separateSettings(files.providerFiles, groups.byKey);
        for (ProviderFile f : files.providerFiles) {
            groups.place(f, separate);
        }
        return groups.byKey;
    }

    private void place(ProviderFile f, Set<String> separate) {
        String segment = ModelsDevKeys.segment(f.localId());
        if (f.baseModel() != null) {
            byLabId.get(f.baseModel()).members.add(new Member(f, segment, ModelsDevKeys.setting(segment)));
            return;
        }
        String key = ModelsDevKeys.key(segment);
        String base = ModelsDevKeys.withoutSetting(segment);
        Group known = byKey.get(key);
        if (base == null || known != null && known.labFile != null || separate.contains(key)) {
            Group g = byKey.computeIfAbsent(key, k -> new Group(k, null));
            if (base != null && separate.contains(key)) {
                g.variantOfKey = ModelsDevKeys.key(base);
            }
            g.members.add(new Member(f, segment, null));
            return;
        }
        byKey.computeIfAbsent(ModelsDevKeys.key(base), k -> new Group(k, null)).members
                .add(new Member(f, segment, ModelsDevKeys.setting(segment)));
    }

    /**
     * The suffixed keys a provider lists beside their base key at another input or output price: those stay separate
     * models. A suffixed key that is a lab-level model is one anyway.
     */
    private static Set<String> separateSettings(List<ProviderFile> files, Map<String, Group> labKeys) {
        Map<String, List<Double>> prices = new HashMap<>();
        for (ProviderFile f : files) {
            String key = ModelsDevKeys.key(ModelsDevKeys.segment(f.localId()));
            prices.putIfAbsent(place(f, key), price(f.toml()));
            if (f.baseModel() != null) {
                prices.putIfAbsent(place(f, ModelsDevKeys.key(f.baseModel().substring(f.baseModel().indexOf('/') + 1))),
                        price(f.toml()));
            }
        }
        Set<String> separate = new HashSet<>();
        for (ProviderFile f : files) {
            String segment = ModelsDevKeys.segment(f.localId());
            String base = ModelsDevKeys.withoutSetting(segment);
            String key = ModelsDevKeys.key(segment);
            if (base == null || f.baseModel() != null || labKeys.containsKey(key) || PLANS.matcher(segment).find()) {
                continue;
            }
            List<Double> basePrice = prices.get(place(f, ModelsDevKeys.key(base)));
            if (basePrice != null && !Objects.equals(basePrice, price(f.toml()))) {
                separate.add(key);
            }
        }
        return separate;
    }

    /** A key at one provider, under the same path ({@code TEE/x:thinking} is compared with {@code TEE/x}, not with {@code x}). */
    private static String place(ProviderFile f, String key) {
        return f.provider() + " " + f.localId().substring(0, f.localId().lastIndexOf('/') + 1) + " " + key;
    }

    private static List<Double> price(JsonNode toml) {
        JsonNode cost = toml.path("cost");
        return java.util.Arrays.asList(number(cost, "input"), number(cost, "output"));
    }

    static Double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isNumber() ? v.asDouble() : null;
    }
}
