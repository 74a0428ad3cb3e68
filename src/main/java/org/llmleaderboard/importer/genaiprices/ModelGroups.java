package org.llmleaderboard.importer.genaiprices;

import org.llmleaderboard.importer.source.SourceModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives each model once: entries whose ids have the same key ({@link ModelIds#key}) are one model, and so are entries
 * whose names (or a name and an id) have the same key, unless one provider lists two models under that key (OpenAI names
 * both {@code gpt-4} and {@code gpt-4-32k} "gpt 4"), when the name says nothing.
 */
final class ModelGroups {

    private final Map<Entry, String> modelIdOf;
    private final List<SourceModel> models;

    private ModelGroups(Map<Entry, String> modelIdOf, List<SourceModel> models) {
        this.modelIdOf = modelIdOf;
        this.models = models;
    }

    static ModelGroups of(List<Entry> entries) {
        Map<String, String> providerNames = new HashMap<>();
        entries.forEach(e -> providerNames.putIfAbsent(e.provider(), e.providerName()));
        UnionFind groups = new UnionFind(entries.size());
        Map<String, Integer> firstWithKey = new HashMap<>();
        Set<String> ambiguous = ambiguousKeys(entries);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            join(groups, firstWithKey, e.model().key(), i);
            String nameKey = e.name() == null ? null : ModelIds.key(e.name());
            if (nameKey != null && !nameKey.isEmpty() && !ambiguous.contains(nameKey)) {
                join(groups, firstWithKey, nameKey, i);
            }
        }
        Map<Integer, List<Entry>> byRoot = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byRoot.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(entries.get(i));
        }
        Map<Entry, String> modelIdOf = new IdentityHashMap<>(); // entries are values: two equal rows stay two
        List<GroupModel.Draft> drafts = new ArrayList<>();
        for (List<Entry> group : byRoot.values()) {
            GroupModel.Draft draft = GroupModel.draft(group, providerNames);
            drafts.add(draft);
            group.forEach(e -> modelIdOf.put(e, draft.id()));
        }
        List<SourceModel> models = GroupModel.models(drafts);
        models.sort(Comparator.comparing(SourceModel::id));
        return new ModelGroups(modelIdOf, models);
    }

    /** The {@link SourceModel#id()} an entry's offering belongs to. */
    String modelId(Entry e) {
        return modelIdOf.get(e);
    }

    List<SourceModel> models() {
        return models;
    }

    private static void join(UnionFind groups, Map<String, Integer> firstWithKey, String key, int i) {
        Integer first = firstWithKey.putIfAbsent(key, i);
        if (first != null) {
            groups.union(first, i);
        }
    }

    /** Name keys under which one provider lists entries with different id keys. */
    private static Set<String> ambiguousKeys(List<Entry> entries) {
        Map<String, String> idKeyOf = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Entry e : entries) {
            idKeyOf.putIfAbsent(e.provider() + "|" + e.model().key(), e.model().key());
        }
        for (Entry e : entries) {
            if (e.name() != null) {
                String key = e.provider() + "|" + ModelIds.key(e.name());
                String seen = idKeyOf.putIfAbsent(key, e.model().key());
                if (seen != null && !seen.equals(e.model().key())) {
                    ambiguous.add(ModelIds.key(e.name()));
                }
            }
        }
        return ambiguous;
    }

    /** Disjoint sets over entry indexes. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
