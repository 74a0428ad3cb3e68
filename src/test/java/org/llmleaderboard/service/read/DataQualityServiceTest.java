package org.llmleaderboard.service.read;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.domain.DatePrecision;
import org.llmleaderboard.repository.QualityModelRow;
import org.llmleaderboard.service.read.DataQualityReport.DuplicateCluster;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
                model("y/d", "Delta", "y", null, null)));
        assertEquals(2, clusters.size(), "the GPT-4o pair once (by name), Alpha and Beta; Gamma is months later: " + clusters);
        assertEquals("same-name", clusters.get(0).reason());
        assertEquals("gpt4o", clusters.get(0).key());
        assertEquals("same-lab-parameters-month", clusters.get(1).reason());
        assertEquals(List.of("x/a", "x/b"), clusters.get(1).models().stream().map(ModelSummary.ModelRef::slug).toList());
    }
}
