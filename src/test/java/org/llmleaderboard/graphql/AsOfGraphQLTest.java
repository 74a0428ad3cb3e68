package org.llmleaderboard.graphql;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.llmleaderboard.graphql.GraphQL.query;

/** GraphQL as of a date: {@code models(filter: { asOf })} and {@code Benchmark.ranking(asOf:)}, over the bundled data. */
@QuarkusTest
class AsOfGraphQLTest {

    @Test
    void shouldTakeAsOfAsAnArgumentOfModelsToo() {
        query("""
                { models(filter: { labs: ["openai"] }, asOf: "2023-06-01", first: 50) { totalCount items { slug } } }""")
                .body("errors", nullValue())
                .body("data.models.totalCount", equalTo(10))
                .body("data.models.items.slug", not(hasItem("openai/gpt-5")));
        query("{ models(asOf: \"2023-02-30\") { totalCount } }").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void shouldListOnlyTheModelsReleasedByTheDate() {
        query("""
                { models(filter: { labs: ["openai"], asOf: "2023-06-01" }, first: 50) { totalCount items { slug } } }""")
                .body("errors", nullValue())
                .body("data.models.totalCount", equalTo(10))
                .body("data.models.items.slug", hasItems("openai/gpt-4-classic-gpt-4-0314-gpt-4-0613-non-turbo", "openai/gpt-3"))
                .body("data.models.items.slug", not(hasItem("openai/gpt-5")))
                .body("data.models.items.slug", not(hasItem("openai/gpt-4o")));
        // DeepSeek-R2 has no release date ("TBA"): listed today, left out as of any date.
        query("""
                { today: models(filter: { search: "DeepSeek-R2" }) { items { slug } }
                  then: models(filter: { search: "DeepSeek-R2", asOf: "2025-10-04" }) { items { slug } } }""")
                .body("data.today.items.slug", hasItem("deepseek-ai/deepseek-r2"))
                .body("data.then.items.slug", not(hasItem("deepseek-ai/deepseek-r2")));
    }

    @Test
    void shouldGiveTheScoresAModelHadByTheDate() {
        // Grok 4's GPQA headline (88.9) is dated 2025-10-02; on 1 Sep 2025 it had llm-stats' 87.5 (2025-07-19).
        query("""
                { today: models(filter: { search: "Grok 4", labs: ["xai"] }, sort: { field: NAME, direction: ASC }, first: 1) {
                    items { slug gpqa: score(benchmark: "gpqa") } }
                  then: models(filter: { search: "Grok 4", labs: ["xai"], asOf: "2025-09-01" }, sort: { field: NAME, direction: ASC }, first: 1) {
                    items { slug gpqa: score(benchmark: "gpqa") scores { date } } } }""")
                .body("errors", nullValue())
                .body("data.today.items[0].slug", equalTo("xai/grok-4"))
                .body("data.today.items[0].gpqa", equalTo(88.9f))
                .body("data.then.items[0].slug", equalTo("xai/grok-4"))
                .body("data.then.items[0].gpqa", equalTo(87.5f))
                .body("data.then.items[0].scores.date", not(hasItem("2025-10-02")));
    }

    @Test
    void shouldRankABenchmarkOverTheScoresDatedByTheDate() {
        query("""
                { benchmark(slug: "gpqa") {
                    today: ranking(first: 1) { value model { slug } }
                    then: ranking(first: 50, asOf: "2025-09-01") { value date model { slug } } } }""")
                .body("errors", nullValue())
                .body("data.benchmark.today[0].model.slug", equalTo("openai/gpt-5"))
                .body("data.benchmark.then[0].model.slug", equalTo("xai/grok-4-heavy"))
                .body("data.benchmark.then[0].value", equalTo(88.4f))
                .body("data.benchmark.then.model.slug", not(hasItem("openai/gpt-5")))
                .body("data.benchmark.then.date", not(hasItem("2025-10-02")));
    }

    @Test
    void shouldRefuseADateThatIsNoDateOrOutOfRangeWithBadUserInput() {
        query("{ models(filter: { asOf: \"2025-13-01\" }) { totalCount } }")
                .body("data", nullValue())
                .body("errors[0].message", containsString("is not a date"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query("{ models(filter: { asOf: \"2017-12-31\" }) { totalCount } }")
                .body("errors[0].message", containsString("before 2018-01-01"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query("{ models(filter: { asOf: \"2999-01-01\" }) { totalCount } }")
                .body("errors[0].message", containsString("in the future"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query("{ benchmark(slug: \"gpqa\") { ranking(asOf: \"June 2025\") { value } } }")
                .body("errors[0].message", containsString("is not a date"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query("{ benchmark(slug: \"gpqa\") { ranking(asOf: \"2999-01-01\") { value } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
