package org.llmleaderboard.service.load.llmstats;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.DatePrecision;
import org.llmleaderboard.domain.FactKind;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.ModelFact;
import org.llmleaderboard.importer.llmstats.LlmStats;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a model takes from its llm-stats file, without a database. */
class ModelFieldsTest {

    private static final LlmStats.Licence MIT = new LlmStats.Licence("mit", "MIT License", true, "MIT");

    @Test
    void shouldCreateAReleasedModelAsPublicWithItsDayOfRelease() {
        LanguageModel m = ModelFields.create(Tiny.model("acme", "acme-1", "Acme 1", List.of()), "acme/acme-1");
        assertEquals("acme/acme-1", m.slug);
        assertEquals("llm-stats", m.origin);
        assertEquals(LocalDate.of(2025, 3, 1), m.releaseDate);
        assertEquals("2025-03-01", m.released);
        assertEquals(DatePrecision.DAY, m.releasePrecision);
        assertEquals(Access.PUBLIC, m.access);
    }

    @Test
    void shouldFillOnlyWhatTheModelLacks() {
        LanguageModel m = new LanguageModel();
        m.description = "The markdown set's words";
        ModelFields.fill(m, Tiny.model("acme", "acme-1", "Acme 1", List.of()), MIT);
        assertEquals("The markdown set's words", m.description);
        assertEquals("mit", m.licenceId);
        assertEquals("MIT License", m.licenceName);
        assertEquals(Boolean.TRUE, m.licenceCommercial);
        assertEquals(LocalDate.of(2025, 3, 1), m.releasedOn);
    }

    @Test
    void shouldKeepFiguresAsFactsCitedToTheirFile() {
        LanguageModel m = new LanguageModel();
        ModelFact f = ModelFields.fact(m, FactKind.PARAMETERS, 7.0, "data/organizations/acme/models/acme-1/model.json");
        assertEquals(FactKind.PARAMETERS.slug(), f.fact);
        assertEquals(7.0, f.numericValue);
        assertEquals("llm-stats", f.origin);
        assertEquals(LlmStatsSource.SOURCE_REPOSITORY + "data/organizations/acme/models/acme-1/model.json", f.sourceUrl);
        assertNull(m.parameters, "a fact does not change the model's own figure");
    }
}
