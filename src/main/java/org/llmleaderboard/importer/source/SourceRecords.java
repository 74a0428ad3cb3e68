package org.llmleaderboard.importer.source;

import java.util.List;

/**
 * What a source's reader read: every record of one snapshot, and what it could not read (one line each, for the
 * import report). Scores and offerings refer to models by {@link SourceModel#id()}.
 *
 * @param origin   the source's id ({@code models-dev}), the origin its rows will carry
 * @param models   its models, each id once
 * @param problems rows left out, and why ("providers/x/models/y.toml: no name")
 */
public record SourceRecords(String origin, List<SourceModel> models, List<SourceScore> scores, List<SourceOffering> offerings,
        List<String> problems) {

    public SourceRecords {
        models = List.copyOf(models);
        scores = List.copyOf(scores);
        offerings = List.copyOf(offerings);
        problems = List.copyOf(problems);
    }

    /** For the log and the data-load claim: "2,130 models, 4,500 scores, 3,100 offerings, 12 problems". */
    public String summary() {
        return "%,d models, %,d scores, %,d offerings, %,d problems".formatted(models.size(), scores.size(), offerings.size(),
                problems.size());
    }
}
