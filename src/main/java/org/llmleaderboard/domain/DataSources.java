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

    public static final DataSource MODELS_DEV = new Open("models-dev", "models.dev", "https://github.com/anomalyco/models.dev", "MIT",
            "https://github.com/anomalyco/models.dev/blob/f3fc692/LICENSE", "anomalyco/models.dev@f3fc692", LocalDate.of(2026, 7, 2),
            "models.dev (https://models.dev), Copyright (c) 2025 models.dev, MIT licence: model specs, providers' prices and limits.",
            "MIT: model specs, providers' prices and limits").source();

    public static final DataSource EPOCH_HUB = new DataSource("epoch-benchmarking-hub", "Epoch AI Benchmarking Hub",
            "https://epoch.ai/benchmarks", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/",
            "madhu24raj/bayes-llm-saturation@4a91fc0", "https://github.com/madhu24raj/bayes-llm-saturation/tree/4a91fc0/benchmark_data",
            LocalDate.of(2026, 4, 16),
            "Epoch AI, ‘AI Benchmarking Hub’. Published online at epoch.ai. Retrieved from ‘https://epoch.ai/benchmarks’"
                    + " (CC BY 4.0; the export as mirrored unmodified in madhu24raj/bayes-llm-saturation).",
            "epoch-benchmarking-hub@4a91fc0", "epoch-benchmarking-hub", null,
            "by Epoch AI (CC BY 4.0): independent runs and the Epoch Capabilities Index", true);

    public static final DataSource EPOCH_MODELS = new DataSource("epoch-ai-models", "Epoch AI Data on AI Models",
            "https://epoch.ai/data/ai-models", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/",
            "sidx04/karma-police@7d8a035", "https://github.com/sidx04/karma-police/tree/7d8a035/ai_models", LocalDate.of(2025, 12, 31),
            "Epoch AI, ‘Data on AI Models’. Published online at epoch.ai. Retrieved from ‘https://epoch.ai/data/ai-models’"
                    + " (CC BY 4.0; the export as mirrored in sidx04/karma-police).",
            "epoch-ai-models@7d8a035", "epoch-ai-models", null, "by Epoch AI (CC BY 4.0): parameters and training data", true);

    public static final DataSource EPOCH_STITCHING = new Open("epoch-benchmark-stitching", "Epoch AI benchmark-stitching",
            "https://github.com/epoch-research/benchmark-stitching", "MIT",
            "https://github.com/epoch-research/benchmark-stitching/blob/f87d3cc/LICENSE", "epoch-research/benchmark-stitching@f87d3cc",
            LocalDate.of(2025, 11, 26),
            "“A Rosetta Stone for AI Benchmarks” data, Copyright (c) 2025 Epoch AI, MIT licence: model versions and Epoch-run results.",
            "MIT: model versions and runs").source();

    public static final DataSource LIVEBENCH = new Open("livebench", "LiveBench", "https://livebench.ai", "Apache-2.0",
            "https://github.com/LiveBench/LiveBench/blob/b0fb577/LICENSE", "LiveBench/livebench.github.io@4bf96c8", LocalDate.of(2026, 7, 1),
            "LiveBench (https://livebench.ai), Apache License 2.0; “There are no copyrights on the data” (its datasheet).",
            "Apache-2.0: contamination-free releases").source();

    public static final DataSource GENAI_PRICES = new Open("genai-prices", "genai-prices", "https://github.com/pydantic/genai-prices", "MIT",
            "https://github.com/pydantic/genai-prices/blob/47df840/LICENSE", "pydantic/genai-prices@47df840", LocalDate.of(2026, 8, 21),
            "genai-prices by Pydantic (https://github.com/pydantic/genai-prices), MIT licence: providers' prices.", "MIT: prices").source();

    public static final DataSource HELM = new Open("helm", "HELM model metadata", "https://github.com/stanford-crfm/helm", "Apache-2.0",
            "https://github.com/stanford-crfm/helm/blob/63754d0/LICENSE", "stanford-crfm/helm@63754d0", LocalDate.of(2026, 5, 27),
            "HELM (Stanford CRFM, https://crfm.stanford.edu/helm/), Apache License 2.0: model metadata.", "Apache-2.0: model metadata").source();

    public static final DataSource AIDER = new Open("aider", "aider leaderboards", "https://aider.chat/docs/leaderboards/", "Apache-2.0",
            "https://github.com/Aider-AI/aider/blob/5dc9490/LICENSE.txt", "Aider-AI/aider@5dc9490", LocalDate.of(2025, 10, 3),
            "aider's LLM leaderboards (https://aider.chat/docs/leaderboards/), Apache License 2.0: coding benchmark runs.",
            "Apache-2.0: coding benchmark runs").source();

    /** In the order they were loaded; each source's page entry and GraphQL element follow it. */
    public static final List<DataSource> ALL = List.of(MARKDOWN_SET, LLM_STATS, DEEPSEEK_STATISTICS, MODELS_DEV, EPOCH_MODELS,
            EPOCH_HUB, EPOCH_STITCHING, HELM, LIVEBENCH, AIDER, GENAI_PRICES);

    private static final Map<String, DataSource> BY_ID = ALL.stream().collect(Collectors.toMap(DataSource::id, Function.identity()));
    private static final Map<String, DataSource> BY_CITATION = ALL.stream().filter(s -> s.citation() != null)
            .collect(Collectors.toMap(DataSource::citation, Function.identity()));

    private DataSources() {
    }

    /**
     * A source bundled from a GitHub snapshot: its origin is its id, its data-load claim {@code <id>@<commit>} and its
     * import format its id; its rows carry its origin, so it needs no citation.
     */
    private record Open(String id, String name, String url, String licence, String licenceUrl, String snapshot,
            LocalDate dataDate, String attribution, String credit) {

        DataSource source() {
            String commit = snapshot.substring(snapshot.lastIndexOf('@') + 1);
            String repo = "https://github.com/" + snapshot.substring(0, snapshot.lastIndexOf('@'));
            return new DataSource(id, name, url, licence, licenceUrl, snapshot, repo + "/tree/" + commit, dataDate, attribution,
                    id + "@" + commit, id, null, credit, true);
        }
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
