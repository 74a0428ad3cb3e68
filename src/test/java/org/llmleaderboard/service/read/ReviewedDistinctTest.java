package org.llmleaderboard.service.read;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.importer.identity.ReviewedDistinct;
import org.llmleaderboard.repository.DataQualityRepository;
import org.llmleaderboard.repository.QualityModelRow;
import org.llmleaderboard.service.read.DataQualityReport.DuplicateCluster;
import org.llmleaderboard.service.read.ModelSummary.ModelRef;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The curated list of models reviewed as distinct ({@code crosswalk/distinct-models.csv}) against the bundled data:
 * every entry is a decision the report asked for, about two models that are leaderboard rows, so the list can neither
 * go stale nor hide a cluster nobody looked at.
 */
@QuarkusTest
// The reviews cover every source's pairs: they are checked with every source loaded.
@io.quarkus.test.junit.TestProfile(org.llmleaderboard.service.load.source.AllSources.class)
class ReviewedDistinctTest {

    /**
     * Pairs the first three sets alone suspect (the other suites' data, where {@code DataQualityTest} needs them) and
     * the open sources no longer do: their release dates, to the day, set the two models more than a month apart.
     */
    private static final Set<String> FIRST_SETS_ONLY = Set.of("adept/fuyu / adept/persimmon-8b",
            "deepseek-ai/deepseek-coder-v2 / deepseek-ai/deepseek-v2");

    @Inject
    DataQualityRepository repository;

    @Test
    @Transactional
    void shouldNameTwoLeaderboardRowsTheRulesSuspectInEveryReviewedPair() {
        List<QualityModelRow> models = repository.models();
        Set<String> rows = models.stream().map(QualityModelRow::slug).collect(Collectors.toSet());
        List<Set<String>> unreviewed = DataQualityService.duplicates(models, ReviewedDistinct.NONE).stream()
                .map(DuplicateCluster::models).map(ms -> ms.stream().map(ModelRef::slug).collect(Collectors.toSet())).toList();
        ReviewedDistinct reviewed = ReviewedDistinct.bundled();
        assertFalse(reviewed.pairs().isEmpty());
        List<String> stale = reviewed.pairs().stream().filter(p -> !rows.contains(p.model()) || !rows.contains(p.other()))
                .map(p -> p.model() + " / " + p.other()).toList();
        assertEquals(List.of(), stale, "both are leaderboard rows (not variants, not renamed)");
        List<String> idle = reviewed.pairs().stream()
                .filter(p -> unreviewed.stream().noneMatch(c -> c.contains(p.model()) && c.contains(p.other())))
                .map(p -> p.model() + " / " + p.other()).filter(p -> !FIRST_SETS_ONLY.contains(p)).toList();
        assertEquals(List.of(), idle, "without the review the report suspects them, so each entry decides something");
    }

    @Test
    @Transactional
    void shouldKeepTheSuspicionOfDeepSeekV3AndR1OnlyUntilTheirReview() {
        List<QualityModelRow> models = repository.models();
        // both 685 B, both DeepSeek's, released within a month: the rule suspects them; a curator found two models
        assertTrue(DataQualityService.duplicates(models, ReviewedDistinct.NONE).stream().anyMatch(c -> slugs(c).containsAll(
                Set.of("deepseek-ai/deepseek-v3", "deepseek-ai/deepseek-r1"))));
        assertTrue(ReviewedDistinct.bundled().distinct("deepseek-ai/deepseek-r1", "deepseek-ai/deepseek-v3"));
        assertTrue(DataQualityService.duplicates(models, ReviewedDistinct.bundled()).stream().noneMatch(c -> slugs(c).contains("deepseek-ai/deepseek-r1")));
    }

    private static Set<String> slugs(DuplicateCluster c) {
        return c.models().stream().map(ModelRef::slug).collect(Collectors.toSet());
    }
}
