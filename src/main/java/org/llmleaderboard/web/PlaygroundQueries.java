package org.llmleaderboard.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The GraphQL playground's queries: its ready-to-run examples (the same as README's GraphQL section, each run against
 * the schema by {@code PlaygroundTest}) and the query behind a model, lab or benchmark page, which that page links to
 * as "Query this in GraphQL" ({@link PlaygroundLinks}). Every query is named: GraphiQL titles its tab with the
 * operation's name.
 */
public final class PlaygroundQueries {

    /** One example: {@code id} for the page's links and tests, {@code title} as the picker shows it. */
    public record Example(String id, String title, String query) {

        public String href() {
            return PlaygroundQueries.href(query);
        }
    }

    static final String PATH = "/playground";

    static final List<Example> EXAMPLES = List.of(
            new Example("leaderboard", "Leaderboard by a benchmark", """
                    # The ten best models on GPQA, with their labs and two scores side by side
                    query LeaderboardByBenchmark {
                      models(sort: { field: BENCHMARK, benchmark: "gpqa", direction: DESC }, first: 10) {
                        totalCount
                        items { name slug lab { name } parameters gpqa: score(benchmark: "gpqa") mmlu: score(benchmark: "mmlu") }
                      }
                    }
                    """),
            new Example("model", "A model: scores, sources, variants", """
                    # One model with every score and its source, and the model's variants
                    query ModelWithScores {
                      model(slug: "openai/gpt-5") {
                        name lab { name } released parameters alScore
                        scores { benchmark { name } value setting selfReported sourceUrl date source { name licence } }
                        variants { slug name }
                      }
                    }
                    """),
            new Example("lab", "A lab and its models", """
                    # A lab with its models, as on /labs/deepseek-ai
                    query LabWithModels {
                      lab(slug: "deepseek-ai") {
                        name website country modelCount
                        models { name slug released parameters alScore }
                      }
                    }
                    """),
            new Example("ranking", "A benchmark ranking", """
                    # The top ten on GPQA in its main setting, one row per model, each score with its source
                    query BenchmarkRanking {
                      benchmark(slug: "gpqa") {
                        name description unit higherIsBetter
                        ranking(first: 10) { value setting sourceUrl model { name lab { name } } }
                      }
                    }
                    """),
            new Example("compare", "Compare models", """
                    # Three models side by side, as /compare shows them: key facts, and every benchmark at least two of them share, like for like
                    query CompareModels {
                      compare(models: ["openai/gpt-5", "deepseek-ai/deepseek-r2", "openai/gpt-4o"]) {
                        models { name lab { name } released parameters alScore contextWindow inputPrice outputPrice }
                        benchmarks {
                          benchmark { name }
                          setting { label }
                          scores { model { name } value date sourceUrl }
                        }
                      }
                    }
                    """),
            new Example("prices", "Prices", """
                    # The cheapest models (US$ per million input tokens) and every provider's offer
                    query Prices {
                      models(sort: { field: PRICE, direction: ASC }, first: 10) {
                        items {
                          name inputPrice outputPrice contextWindow
                          offerings { providerName inputPrice outputPrice contextWindow sourceUrl }
                        }
                      }
                    }
                    """),
            new Example("as-of", "As of a past date", """
                    # The data as it stood on 1 November 2025: the newest models then, and the GPQA ranking of the scores published by then
                    query AsOfADate {
                      models(asOf: "2025-11-01", sort: { field: RELEASED, direction: DESC }, first: 10) {
                        totalCount
                        items { name released gpqa: score(benchmark: "gpqa") }
                      }
                      benchmark(slug: "gpqa") { ranking(first: 5, asOf: "2025-11-01") { value date model { name } } }
                    }
                    """));

    private PlaygroundQueries() {
    }

    static String modelQuery(String slug) {
        return """
                query Model {
                  model(slug: %s) {
                    name slug lab { name } released parameters activeParameters alScore contextWindow inputPrice outputPrice
                    scores { benchmark { name } value setting selfReported sourceUrl date }
                    variants { slug name }
                  }
                }
                """.formatted(string(slug));
    }

    static String labQuery(String slug) {
        return """
                query Lab {
                  lab(slug: %s) {
                    name website country modelCount
                    models { name slug released parameters alScore }
                  }
                }
                """.formatted(string(slug));
    }

    static String benchmarkQuery(String slug) {
        return """
                query Benchmark {
                  benchmark(slug: %s) {
                    name description unit higherIsBetter
                    ranking(first: 20) { value setting sourceUrl date model { name slug lab { name } } }
                  }
                }
                """.formatted(string(slug));
    }

    /** The playground with this query in its editor: {@code ?query=}, spaces as %20 (a form's + would be a plus). */
    static String href(String query) {
        return PATH + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A GraphQL string literal: slugs are plain, but a quote or backslash must not end the literal. */
    private static String string(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
