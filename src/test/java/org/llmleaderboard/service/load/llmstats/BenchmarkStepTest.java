package org.llmleaderboard.service.load.llmstats;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.importer.llmstats.LlmStats;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.Action;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.BenchmarkDecision;
import org.llmleaderboard.repository.AliasRepository;
import org.llmleaderboard.repository.AliasTarget;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Step 2 on tiny inputs, over the bundled data; each test rolls back. */
@QuarkusTest
class BenchmarkStepTest {

    @Inject
    BenchmarkStep step;

    @Inject
    ExistingReader reader;

    @Inject
    AliasRepository aliases;

    @Inject
    org.llmleaderboard.repository.BenchmarkRepository benchmarks;

    private static BenchmarkDecision create(String id, String slug) {
        return new BenchmarkDecision(id, id, Action.CREATE, slug, "new");
    }

    @Test
    @TestTransaction
    void shouldCreateAFractionsBenchmarkInPercentWithItsMetadata() {
        LlmStats.Contents contents = Tiny.contents(List.of(), List.of(Tiny.benchmark("tiny-bench", null, 1.0)),
                List.of(Tiny.model("acme", "acme-1", "Acme 1", List.of(Tiny.score("s1", "tiny-bench", "acme-1", 0.5)))));
        BenchmarkStep.Benchmarks result = step.run(contents, List.of(create("tiny-bench", "tiny-bench")), reader.read());
        assertEquals(1, result.created());
        Benchmark b = result.scales().benchmark("tiny-bench");
        assertNotNull(b.id, "persisted");
        assertEquals("%", b.unit);
        assertEquals(100.0, b.maxScore);
        assertEquals(0.0, b.minScore);
        assertEquals("TINY-BENCH", b.description, "its name when it has no description");
        assertEquals("reasoning", b.categories);
        assertEquals("https://paper.example/tiny-bench", b.paperUrl);
        assertNull(b.parentSlug);
    }

    @Test
    @TestTransaction
    void shouldKeepOtherScalesInPoints() {
        LlmStats.Contents contents = Tiny.contents(List.of(), List.of(Tiny.benchmark("tiny-rating", null, 3000.0)),
                List.of(Tiny.model("acme", "acme-1", "Acme 1", List.of(Tiny.score("s1", "tiny-rating", "acme-1", 1500.0)))));
        Benchmark b = step.run(contents, List.of(create("tiny-rating", "tiny-rating")), reader.read()).scales().benchmark("tiny-rating");
        assertEquals("points", b.unit);
        assertEquals(3000.0, b.maxScore);
    }

    @Test
    @TestTransaction
    void shouldLinkASubBenchmarkToItsParentAndKeepAnIdThatIsNoSlugAsAlias() {
        LlmStats.Contents contents = Tiny.contents(List.of(),
                List.of(Tiny.benchmark("tiny-parent", null, 1.0), Tiny.benchmark("tiny+child", "tiny-parent", 1.0)), List.of());
        BenchmarkStep.Benchmarks result = step.run(contents,
                List.of(create("tiny+child", "tiny-plus-child"), create("tiny-parent", "tiny-parent")), reader.read());
        assertEquals("tiny-parent", result.scales().benchmark("tiny+child").parentSlug);
        assertTrue(aliases.benchmarkAliases().contains(new AliasTarget("tiny+child", "tiny-plus-child")));
    }

    @Test
    @TestTransaction
    void shouldGiveAMatchedBenchmarkOnlyTheMetadataItLacks() {
        Existing existing = reader.read();
        Benchmark gpqa = existing.benchmarks.get("gpqa");
        String unit = gpqa.unit;
        LlmStats.Contents contents = Tiny.contents(List.of(), List.of(Tiny.benchmark("gpqa", null, 1.0)), List.of());
        BenchmarkStep.Benchmarks result = step.run(contents,
                List.of(new BenchmarkDecision("gpqa", "GPQA", Action.MATCH, "gpqa", "same slug")), existing);
        assertEquals(1, result.matched());
        assertSame(gpqa, result.scales().benchmark("gpqa"));
        assertEquals(unit, gpqa.unit, "its unit stays");
        assertNotNull(gpqa.categories);
    }

    @Test
    @TestTransaction
    void shouldPlaceAFamilyWithASettingQualifierAsAVariantWithThatSetting() {
        LlmStats.Contents contents = Tiny.contents(List.of(),
                List.of(Tiny.benchmark("tiny-family", null, 1.0), Tiny.benchmark("tiny-family-(cot)", null, 1.0)), List.of());
        BenchmarkStep.Benchmarks result = step.run(contents,
                List.of(create("tiny-family", "tiny-family"), create("tiny-family-(cot)", "tiny-family-cot")), reader.read());
        Benchmark variant = result.scales().benchmark("tiny-family-(cot)");
        assertEquals("tiny-family", variant.parentSlug);
        assertEquals("cot", variant.impliedSetting);
        assertTrue(result.variants() >= 1);
    }

    @Test
    @TestTransaction
    void shouldPutAVariantOnAnotherScaleUpForReviewAndLeaveItAFamilyOfItsOwn() {
        LlmStats.Contents contents = Tiny.contents(List.of(),
                List.of(Tiny.benchmark("tiny-family", null, 1.0), Tiny.benchmark("tiny-family-(cot)", null, 3000.0)),
                List.of(Tiny.model("acme", "acme-1", "Acme 1", List.of(Tiny.score("s1", "tiny-family-(cot)", "acme-1", 1500.0)))));
        BenchmarkStep.Benchmarks result = step.run(contents,
                List.of(create("tiny-family", "tiny-family"), create("tiny-family-(cot)", "tiny-family-cot")), reader.read());
        Benchmark variant = result.scales().benchmark("tiny-family-(cot)");
        assertNull(variant.parentSlug, "never ranked with scores on another scale");
        assertTrue(result.review().contains("tiny-family-(cot) → tiny-family-cot: its unit (points) is not its family tiny-family's (%)"),
                result.review().toString());
        assertTrue(benchmarks.listReviews().stream().anyMatch(r -> r.sourceId.equals("tiny-family-(cot)") && "tiny-family".equals(r.candidateSlug)),
                "kept in the review table");
    }
}
