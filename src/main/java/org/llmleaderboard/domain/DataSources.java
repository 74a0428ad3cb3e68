package org.llmleaderboard.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The curated registry of the bundled data sources: one entry per source, the only place their names, licences,
 * snapshots and attributions are written (the footer, {@code /sources}, GraphQL {@code sources} and
 * {@code Score.dataSource} read it). A new source is one more entry here. The ids are the {@code origin} values its
 * rows carry; the snapshots and attributions are those of {@code ../shared/data/README.md}.
 */
public final class DataSources {

    public static final DataSource MARKDOWN_SET = new DataSource("aicomputing101",
            "AIComputing101/llm-leaderboard",
            "https://github.com/AIComputing101/llm-leaderboard", "MIT",
            "https://github.com/AIComputing101/llm-leaderboard/blob/6dc9e88/LICENSE",
            "AIComputing101/llm-leaderboard@6dc9e88", "https://github.com/AIComputing101/llm-leaderboard/tree/6dc9e88",
            LocalDate.of(2025, 10, 4),
            "AIComputing101/llm-leaderboard (MIT licence), derived from the LifeArchitect.ai Models Table by Dr Alan D. Thompson"
                    + " (https://lifearchitect.ai/models-table/).",
            "aicomputing101-llm-leaderboard@6dc9e88", "markdown",
            // The markdown importer cites the set on each score instead of setting an origin (MarkdownSet.SOURCE_CITATION).
            "LifeArchitect.ai Models Table (Dr Alan D. Thompson), via AIComputing101/llm-leaderboard",
            "derived from the LifeArchitect.ai Models Table by Dr Alan D. Thompson", false);

    public static final DataSource LLM_STATS = new DataSource("llm-stats", "llm-stats",
            "https://github.com/JonathanChavezTamales/llm-leaderboard", "CC BY 4.0",
            "https://creativecommons.org/licenses/by/4.0/",
            "JonathanChavezTamales/llm-leaderboard@24a9ccf", "https://github.com/JonathanChavezTamales/llm-leaderboard/tree/24a9ccf",
            LocalDate.of(2025, 10, 16),
            "llm-stats by Jonathan Chávez Tamales (https://github.com/JonathanChavezTamales/llm-leaderboard), licensed under"
                    + " CC BY 4.0: release dates, licences, benchmark definitions, per-score sources and providers' prices.",
            "llm-stats@24a9ccf", "llm-stats",
            // Its offerings carry no origin, only this citation (LlmStatsSource.SOURCE_CITATION).
            "llm-stats (JonathanChavezTamales/llm-leaderboard, CC BY 4.0)",
            "by Jonathan Chávez Tamales: release dates, licences, benchmark definitions, per-score sources and providers' prices", true);

    public static final DataSource DEEPSEEK_STATISTICS = new DataSource("deepseek-statistics", "DeepSeek statistics page",
            null, "No licence stated: facts, each cited to the sites the page names", null,
            "deepseek-statistics-facts@1", null, null,
            "Facts from a statistics page on DeepSeek models, which names its sources only by site: deepseek.com,"
                    + " huggingface.co, github.com, arxiv.org.",
            "deepseek-statistics-facts@1", null, null, null, true);

    /** In the order they were loaded; each source's page entry and GraphQL element follow it. */
    public static final List<DataSource> ALL = List.of(MARKDOWN_SET, LLM_STATS, DEEPSEEK_STATISTICS);

    private static final Map<String, DataSource> BY_ID = ALL.stream().collect(Collectors.toMap(DataSource::id, Function.identity()));
    private static final Map<String, DataSource> BY_CITATION = ALL.stream().filter(s -> s.citation() != null)
            .collect(Collectors.toMap(DataSource::citation, Function.identity()));

    private DataSources() {
    }

    public static Optional<DataSource> byId(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    /**
     * The source of a row: by its origin, else by the citation a source writes on rows without one; empty for an
     * editor's row.
     */
    public static Optional<DataSource> of(String origin, String citation) {
        if (origin != null) {
            return byId(origin);
        }
        return Optional.ofNullable(citation == null ? null : BY_CITATION.get(citation));
    }

    /** The citations that stand for an origin, for the counts. */
    public static List<String> citations() {
        return ALL.stream().map(DataSource::citation).filter(Objects::nonNull).toList();
    }

    /** The sources every page's footer credits, in the registry's order. */
    public static List<DataSource> inFooter() {
        return ALL.stream().filter(DataSource::inFooter).toList();
    }

    /** The newest snapshot date of all sources: the footer's "data as of". */
    public static LocalDate newestSnapshot() {
        return ALL.stream().map(DataSource::snapshotDate).filter(Objects::nonNull).max(LocalDate::compareTo).orElseThrow();
    }
}
