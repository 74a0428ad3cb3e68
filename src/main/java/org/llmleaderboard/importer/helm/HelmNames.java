package org.llmleaderboard.importer.helm;

import org.llmleaderboard.importer.source.SourceModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The last step of giving each model once: HELM sometimes lists one model under two organisations' ids
 * ({@code ibm/granite-3.1-8b-instruct} and {@code ibm-granite/granite-3.1-8b-instruct}, the same display name): one
 * model, the second id an alias. Versions that HELM shows under one display name ({@code google/text-bison@001} and
 * {@code @002}, both "PaLM-2 (Bison)") stay apart, their names told apart by the id's model part.
 */
final class HelmNames {

    private HelmNames() {
    }

    static List<SourceModel> distinct(List<SourceModel> models, List<String> problems) {
        Map<String, SourceModel> byTail = new LinkedHashMap<>();
        for (SourceModel m : models.stream().sorted(Comparator.comparing(SourceModel::id)).toList()) {
            String key = HelmFolding.nameKey(m.name()) + "|" + tail(m.id());
            SourceModel first = byTail.get(key);
            if (first == null) {
                byTail.put(key, m);
            } else {
                List<String> aliases = new ArrayList<>(first.aliases());
                aliases.add(m.id());
                aliases.addAll(m.aliases());
                byTail.put(key, new SourceModel(first.id(), first.name(), first.lab(), first.released(), first.releasePrecision(),
                        first.openWeights(), first.parameters(), null, null, null, null, null, null, first.url(), null,
                        aliases.stream().distinct().sorted().toList()));
                problems.add(HelmReader.FILE + ": " + m.id() + " is " + first.id() + " under another organisation, folded into it");
            }
        }
        Map<String, Long> sameName = new LinkedHashMap<>();
        byTail.values().forEach(m -> sameName.merge(nameKey(m), 1L, Long::sum));
        List<SourceModel> result = new ArrayList<>();
        for (SourceModel m : byTail.values()) {
            if (sameName.get(nameKey(m)) > 1) {
                String name = m.name() + " (" + tail(m.id()) + ")";
                problems.add(HelmReader.FILE + ": " + m.id() + " shares its display name with another version, named '" + name + "'");
                m = new SourceModel(m.id(), name, m.lab(), m.released(), m.releasePrecision(), m.openWeights(), m.parameters(), null,
                        null, null, null, null, null, m.url(), null, m.aliases());
            }
            result.add(m);
        }
        result.sort(Comparator.comparing(SourceModel::id));
        return result;
    }

    private static String nameKey(SourceModel m) {
        return HelmFolding.nameKey(m.name()) + "|" + m.lab().toLowerCase(Locale.ROOT);
    }

    private static String tail(String id) {
        return id.substring(id.indexOf('/') + 1);
    }
}
