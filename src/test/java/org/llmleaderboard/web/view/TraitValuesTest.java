package org.llmleaderboard.web.view;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.query.ModelTraits;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model-trait parameters: read, refused when malformed, written back to the URL in a fixed order. */
class TraitValuesTest {

    private static TraitValues.Raw raw(String minParams, String maxParams, String releasedAfter, List<String> modalities,
            String reasoning, String commercial) {
        return new TraitValues.Raw(minParams, maxParams, null, null, releasedAfter, modalities, reasoning, commercial);
    }

    private static LeaderboardState state(TraitValues.Raw traits) {
        return LeaderboardState.parse("/", new LeaderboardState.RawOrder(null, null, null),
                new LeaderboardState.Filters(null, null, null, null, null, null),
                new LeaderboardState.RawScope(List.of("open"), null, null, null, null, null, traits), null,
                new LeaderboardState.Known(v -> true, v -> true, v -> true, v -> true));
    }

    @Test
    void shouldReadEveryTraitWhenWellFormed() {
        TraitValues.Raw raw = raw("7", "40", "2025-06-01", List.of("Image", "text"), "yes", "no");
        assertNull(TraitValues.problem(raw));
        ModelTraits t = TraitValues.parse(raw);
        assertEquals(new ModelTraits.Range(7.0, 40.0), t.parameters());
        assertEquals(LocalDate.of(2025, 6, 1), t.releasedAfter());
        assertEquals(Set.of("image", "text"), t.modalities());
        assertEquals(Boolean.TRUE, t.reasoning());
        assertEquals(Boolean.FALSE, t.commercial());
    }

    @Test
    void shouldRefuseEachMalformedValueNamingItsParameter() {
        assertEquals("maxParams", TraitValues.problem(raw(null, "forty", null, null, null, null)).param());
        assertEquals("minParams", TraitValues.problem(raw("-1", null, null, null, null, null)).param());
        assertEquals("minParams", TraitValues.problem(raw("70", "8", null, null, null, null)).param());
        assertEquals("releasedAfter", TraitValues.problem(raw(null, null, "2025-13-01", null, null, null)).param());
        assertEquals("releasedAfter", TraitValues.problem(raw(null, null, "June 2025", null, null, null)).param());
        assertEquals("modality", TraitValues.problem(raw(null, null, null, List.of("smell"), null, null)).param());
        assertEquals("reasoning", TraitValues.problem(raw(null, null, null, null, "maybe", null)).param());
        assertEquals("commercial", TraitValues.problem(raw(null, null, null, null, null, "true")).param());
        assertTrue(TraitValues.problem(raw(null, "forty", null, null, null, null)).message().contains("maxParams=40"));
    }

    @Test
    void shouldWriteTheTraitsBackToTheUrlAndRemoveOneWithItsChip() {
        LeaderboardState s = state(raw(null, "40", "2025-06-01", List.of("image"), "yes", "yes"));
        assertEquals("/?weights=open&maxParams=40&releasedAfter=2025-06-01&modality=image&reasoning=yes&commercial=yes", s.href());
        assertEquals("/?weights=open&releasedAfter=2025-06-01&modality=image&reasoning=yes&commercial=yes",
                s.without("maxParams", null).href());
        assertEquals("/?weights=open&maxParams=40&releasedAfter=2025-06-01&reasoning=yes&commercial=yes",
                s.without("modality", "image").href());
        assertTrue(s.hasFilters());
        assertEquals(List.of("Parameters ≤ 40 B", "Released from 1 Jun 2025", "Takes image", "Reasoning models",
                "Licence allows commercial use"), TraitValues.chips(s).stream().map(Chip::label).toList());
    }

    @Test
    void shouldKeepTheTraitsInTheExportLinks() {
        LeaderboardState s = state(raw("1.5", "40", null, null, null, "yes"));
        assertTrue(s.exportCsvHref().contains("minParams=1.5&maxParams=40") && s.exportCsvHref().contains("commercial=yes"),
                s.exportCsvHref());
        assertTrue(s.exportJsonHref().startsWith("/export.json?") && s.exportJsonHref().contains("commercial=yes"));
    }
}
