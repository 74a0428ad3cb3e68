package org.llmleaderboard.service.load;

import org.llmleaderboard.domain.FactHeadline;
import org.llmleaderboard.importer.ImportedModel;
import org.llmleaderboard.service.edit.ScoreCommand;

import java.util.List;
import java.util.Map;

/** How {@link BatchWriter} turns an imported model into what its writers take. */
final class ImportedEntries {

    private ImportedEntries() {
    }

    /**
     * A file without active parameters (the markdown set has no such field) leaves a model the value another source
     * gave ({@link FactHeadline}: kept as a fact, it fills the column where the model has none), so that re-importing
     * the file neither erases nor changes it: DeepSeek-V2's 21 B from the statistics page.
     */
    static ImportedModel withSourcedActiveParameters(ImportedModel m, Map<String, Double> sourced) {
        Double active = m.activeParameters() == null ? sourced.get(m.slug()) : null;
        if (active == null) {
            return m;
        }
        return new ImportedModel(m.line(), m.slug(), m.name(), m.lab(), m.labName(), m.headlineTags(), m.released(), m.access(),
                m.architecture(), m.parameters(), active, m.trainingTokens(), m.datasetType(), m.tags(), m.notes(), m.playgroundUrl(),
                m.paperUrl(), m.lastUpdated(), m.scores(), m.variantOf());
    }

    /** The model's scores as the writers' commands, in file order. */
    static List<ScoreCommand> scores(ImportedModel m) {
        return m.scores().stream().map(s -> new ScoreCommand(m.slug(), s.benchmark(), s.value(), s.setting(), s.selfReported(),
                s.sourceUrl(), s.source(), s.date(), s.headline(), null)).toList();
    }
}
