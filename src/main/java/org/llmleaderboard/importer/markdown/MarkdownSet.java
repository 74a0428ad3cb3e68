package org.llmleaderboard.importer.markdown;

import org.llmleaderboard.domain.ActiveParameters;
import org.llmleaderboard.importer.ImportBatch;
import org.llmleaderboard.importer.ImportRejection;
import org.llmleaderboard.importer.ImportedLab;
import org.llmleaderboard.importer.ImportedModel;
import org.llmleaderboard.importer.ImportedScore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything read from one copy of the markdown leaderboard set (AIComputing101/llm-leaderboard). */
public record MarkdownSet(List<MarkdownLabPage> labs, List<MarkdownModelPage> models, List<MarkdownProblem> problems) {

    /** The set's origin, cited on every score it brings. */
    public static final String SOURCE_REPOSITORY = "https://github.com/AIComputing101/llm-leaderboard/blob/6dc9e88/";
    public static final String SOURCE_CITATION = "LifeArchitect.ai Models Table (Dr Alan D. Thompson), via AIComputing101/llm-leaderboard";

    public long skipped() {
        return problems.stream().filter(p -> p.severity() == MarkdownProblem.Severity.SKIPPED).count();
    }

    public String summary() {
        return "%d model pages, %d lab pages, %d skipped, %d warnings".formatted(models.size(), labs.size(),
                skipped(), problems.size() - skipped());
    }

    /**
     * The set as an import. A lab page gives a name only (it creates a missing lab, never renames one); a model's lab
     * is named by its lab page, else by its organization line. Every score cites the set and is dated by the page's
     * "Last Updated". A page left out of every lab folder (the set's placeholder sheet) is only noted; any other
     * unreadable page is a rejection; warnings are notes.
     */
    public ImportBatch toBatch() {
        List<ImportRejection> rejections = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (MarkdownProblem p : problems) {
            if (p.file().split("/").length == 2 && p.file().startsWith("models/")) {
                notes.add("ignored " + p.file() + ": " + p.reason());
            } else if (p.severity() == MarkdownProblem.Severity.SKIPPED) {
                rejections.add(new ImportRejection(1, p.file(), p.reason()));
            } else {
                notes.add(p.toString());
            }
        }
        Map<String, String> labNames = new LinkedHashMap<>();
        List<ImportedLab> importedLabs = new ArrayList<>();
        for (MarkdownLabPage lab : labs) {
            labNames.put(lab.slug(), lab.name());
            importedLabs.add(new ImportedLab(1, lab.slug(), lab.name(), null, null, false));
        }
        List<ImportedModel> importedModels = new ArrayList<>();
        for (MarkdownModelPage page : models) {
            importedModels.add(model(page, labNames.getOrDefault(page.labSlug(), page.labName())));
        }
        return new ImportBatch(summary(), importedLabs, List.of(), importedModels, rejections, notes);
    }

    private static ImportedModel model(MarkdownModelPage page, String labName) {
        String date = page.lastUpdated() == null ? null : page.lastUpdated().toString();
        List<ImportedScore> scores = new ArrayList<>();
        page.scores().forEach((benchmark, value) -> scores.add(new ImportedScore(benchmark, value, null, null,
                SOURCE_REPOSITORY + page.file(), SOURCE_CITATION, date, null)));
        return new ImportedModel(1, page.slug(), page.name(), page.labSlug(), labName, page.headlineTags(), page.released(),
                page.access().label(), page.architecture() == null ? null : page.architecture().label(), page.parameters(),
                // The set has no field for it; its notes state it for some MoE models ("37B active").
                ActiveParameters.of(page.name(), page.notes(), page.parameters()),
                page.trainingTokens(), page.datasetType(), page.tags(), page.notes(), page.playgroundUrl(), page.paperUrl(),
                page.lastUpdated(), scores, null);
    }
}
