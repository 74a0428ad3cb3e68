package org.llmleaderboard.importer.modelsdev;

import com.fasterxml.jackson.databind.JsonNode;
import org.llmleaderboard.importer.modelsdev.ModelsDevFiles.Provider;
import org.llmleaderboard.importer.modelsdev.ModelsDevFiles.ProviderFile;
import org.llmleaderboard.importer.source.SourceOffering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One offering per provider file, deprecated ones included (their {@code status} is not carried: the contract has no
 * field for it). Prices are upstream's USD per million tokens; the base tier, not {@code cost.tiers}.
 */
final class ModelsDevOfferings {

    private ModelsDevOfferings() {
    }

    static List<SourceOffering> of(ModelsDevFiles files, Map<String, String> modelOfFile) {
        List<SourceOffering> offerings = new ArrayList<>();
        for (ProviderFile f : files.providerFiles) {
            String modelId = modelOfFile.get(f.path());
            if (modelId == null) {
                continue;
            }
            Provider provider = files.providers.get(f.provider());
            JsonNode cost = f.toml().path("cost");
            JsonNode limit = f.toml().path("limit");
            String doc = provider == null ? null : provider.doc();
            offerings.add(new SourceOffering(modelId, f.provider(), provider == null ? null : provider.name(), f.localId(),
                    ModelsDevGroups.number(cost, "input"), ModelsDevGroups.number(cost, "output"),
                    ModelsDevGroups.number(cost, "cache_read"), tokens(limit, "context"), tokens(limit, "output"), null,
                    doc != null ? doc : ModelsDevFiles.GITHUB + f.path()));
        }
        offerings.sort(Comparator.comparing(SourceOffering::modelId).thenComparing(SourceOffering::provider)
                .thenComparing(SourceOffering::providerModelId));
        return offerings;
    }

    private static Integer tokens(JsonNode limit, String field) {
        JsonNode v = limit.get(field);
        return v != null && v.canConvertToInt() && v.asInt() > 0 ? v.asInt() : null;
    }
}
