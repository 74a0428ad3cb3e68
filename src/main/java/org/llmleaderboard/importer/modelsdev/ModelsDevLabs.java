package org.llmleaderboard.importer.modelsdev;

import org.llmleaderboard.importer.modelsdev.ModelsDevFiles.LabFile;
import org.llmleaderboard.importer.modelsdev.ModelsDevGroups.Member;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The lab of a model known only from provider files, as the source writes it: the lab its ids' paths name
 * ({@code Qwen/…}, {@code anthropic.…}), else the lab whose own files use the same {@code family}, else the provider
 * when the provider is itself a lab (provider {@code openai} serves OpenAI's models), else {@value #UNKNOWN}.
 */
final class ModelsDevLabs {

    static final String UNKNOWN = "unknown";

    private final Set<String> labFolders = new HashSet<>();
    /** family → lab, for the families whose lab-level files all sit in one lab's folder. */
    private final Map<String, String> familyLab = new HashMap<>();
    private final Map<String, String> learnedFamilyLab = new HashMap<>();

    ModelsDevLabs(Collection<LabFile> labFiles) {
        Map<String, Set<String>> labsOfFamily = new HashMap<>();
        for (LabFile f : labFiles) {
            labFolders.add(f.lab());
            String family = ModelsDevFiles.text(f.toml(), "family");
            if (family != null) {
                labsOfFamily.computeIfAbsent(family, k -> new HashSet<>()).add(f.lab());
            }
        }
        labsOfFamily.forEach((family, labs) -> {
            if (labs.size() == 1) {
                familyLab.put(family, labs.iterator().next());
            }
        });
    }

    /**
     * Learns, for the families the lab-level files do not name, the lab most of its ids' paths name
     * ({@code doubao} → {@code bytedance}), from all groups: so an id without a path still finds its lab by family.
     */
    void learn(Collection<ModelsDevGroups.Group> groups) {
        Map<String, List<String>> labsOfFamily = new HashMap<>();
        for (ModelsDevGroups.Group g : groups) {
            for (Member m : g.members) {
                String family = ModelsDevFiles.text(m.file().toml(), "family");
                String lab = ModelsDevKeys.labPrefix(m.file().localId());
                if (family != null && lab != null && !familyLab.containsKey(family)) {
                    labsOfFamily.computeIfAbsent(family, k -> new java.util.ArrayList<>()).add(lab);
                }
            }
        }
        labsOfFamily.forEach((family, labs) -> learnedFamilyLab.put(family, ModelsDevModels.mostCommon(labs, Function.identity())));
    }

    String labOf(List<Member> members) {
        String prefixed = ModelsDevModels.mostCommon(members.stream().map(m -> ModelsDevKeys.labPrefix(m.file().localId()))
                .filter(Objects::nonNull).toList(), Function.identity());
        if (prefixed != null) {
            return prefixed;
        }
        String byFamily = ModelsDevModels.mostCommon(members.stream()
                .map(m -> familyLab.get(String.valueOf(ModelsDevFiles.text(m.file().toml(), "family"))))
                .filter(Objects::nonNull).toList(), Function.identity());
        if (byFamily != null) {
            return byFamily;
        }
        String learned = ModelsDevModels.mostCommon(members.stream()
                .map(m -> learnedFamilyLab.get(String.valueOf(ModelsDevFiles.text(m.file().toml(), "family"))))
                .filter(Objects::nonNull).toList(), Function.identity());
        if (learned != null) {
            return learned;
        }
        String provider = ModelsDevModels.mostCommon(members.stream().map(m -> m.file().provider())
                .filter(labFolders::contains).toList(), Function.identity());
        return provider != null ? provider : UNKNOWN;
    }
}
