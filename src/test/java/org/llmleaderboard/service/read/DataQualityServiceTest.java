package org.llmleaderboard.service.read;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.domain.DatePrecision;
import org.llmleaderboard.importer.identity.ReviewedDistinct;
import org.llmleaderboard.repository.QualityModelRow;
import org.llmleaderboard.service.read.DataQualityReport.DuplicateCluster;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataQualityServiceTest {

    private static QualityModelRow model(String slug, String name, String lab, Double parameters, LocalDate released) {
        return new QualityModelRow(slug, name, lab, lab, parameters, released, released == null ? DatePrecision.UNKNOWN : DatePrecision.DAY);
    }

    @Test
    void shouldNormaliseNamesIgnoringCaseAccentsAndPunctuationButNotPlus() {
        assertEquals(DataQualityService.normalisedName("GPT-4o"), DataQualityService.normalisedName("gpt 4o"));
        assertEquals("tulu3", DataQualityService.normalisedName("TÜLU 3"));
        assertNotEquals(DataQualityService.normalisedName("Command R+"), DataQualityService.normalisedName("Command-R"));
    }

    @Test
    void shouldClusterNameCollisionsAndSameLabSameParametersWithinAMonthOnce() {
        List<DuplicateCluster> clusters = DataQualityService.duplicates(List.of(
                model("openai/gpt-4o", "GPT-4o", "openai", 200.0, LocalDate.of(2024, 5, 13)),
                model("openai/gpt4o", "GPT 4o", "openai", 200.0, LocalDate.of(2024, 5, 20)),
                model("x/a", "Alpha", "x", 7.0, LocalDate.of(2024, 1, 1)),
                model("x/b", "Beta", "x", 7.0, LocalDate.of(2024, 1, 25)),
                model("x/c", "Gamma", "x", 7.0, LocalDate.of(2024, 6, 1)),
                model("y/d", "Delta", "y", null, null)), ReviewedDistinct.NONE);
        assertEquals(2, clusters.size(), "the GPT-4o pair once (by name), Alpha and Beta; Gamma is months later: " + clusters);
        assertEquals("same-name", clusters.get(0).reason());
        assertEquals("gpt4o", clusters.get(0).key());
        assertEquals("same-lab-parameters-month", clusters.get(1).reason());
        assertEquals(List.of("x/a", "x/b"), clusters.get(1).models().stream().map(ModelSummary.ModelRef::slug).toList());
    }

    @Test
    void shouldLeaveOutAClusterOnlyWhenEveryPairInItWasReviewedAsDistinct() {
        List<QualityModelRow> mistral = List.of(
                model("mistral/mistral-small-3", "Mistral Small 3", "mistral", 24.0, LocalDate.of(2025, 1, 1)),
                model("mistral/mistral-saba", "Mistral Saba", "mistral", 24.0, LocalDate.of(2025, 2, 1)),
                model("mistral/mistral-small-31", "Mistral Small 3.1", "mistral", 24.0, LocalDate.of(2025, 3, 1)));
        ReviewedDistinct two = ReviewedDistinct.parse("""
                source,model,other,reason
                review,mistral/mistral-saba,mistral/mistral-small-3,"regional model"
                review,mistral/mistral-small-31,mistral/mistral-small-3,"a new release"
                """);
        assertEquals(1, DataQualityService.duplicates(mistral, two).size(), "Saba and Small 3.1 were not reviewed together");
        ReviewedDistinct all = ReviewedDistinct.parse("""
                source,model,other,reason
                review,mistral/mistral-saba,mistral/mistral-small-3,"regional model"
                review,mistral/mistral-small-3,mistral/mistral-small-31,"a new release"
                review,mistral/mistral-small-31,mistral/mistral-saba,"regional model"
                """);
        assertEquals(List.of(), DataQualityService.duplicates(mistral, all));
    }

    @Test
    void shouldRejectADistinctListWithABadLineNamingItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReviewedDistinct.parse("""
                source,model,other,reason
                review,a/x,a/y,"two"
                review,a/y,a/x,"again, reversed"
                review,a/z,a/z,"itself"
                merge,a/x,a/z,"not a review"
                """));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("line 4") && e.getMessage().contains("line 5"), e.getMessage());
    }
}
