package org.llmleaderboard.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * A model as a file gives it, with its scores; values as published (access and architecture as labels, numbers in
 * billions), checked by the write path, not here.
 *
 * @param line        where it is in the file, for the report
 * @param labName     the lab's name when the file names it (a lab that does not exist yet is created with it);
 *                    null when the file lists its labs separately (the data set)
 * @param lastUpdated the source's date of the model's data; null: the day of the import
 * @param variantOf   the slug of the model this one is a variant of (the data set keeps identity decisions); null:
 *                    the identity step decides
 */
public record ImportedModel(int line, String slug, String name, String lab, String labName, List<String> headlineTags,
        String released, String access, String architecture, Double parameters, Double activeParameters, Double trainingTokens,
        String datasetType, List<String> tags, String notes, String playgroundUrl, String paperUrl, LocalDate lastUpdated,
        List<ImportedScore> scores, String variantOf) {
}
