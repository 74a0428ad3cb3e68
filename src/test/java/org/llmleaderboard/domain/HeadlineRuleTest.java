package org.llmleaderboard.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one headline rule, and the open-weights rule. */
class HeadlineRuleTest {

    private static Score score(long id, String url, Boolean selfReported, Boolean verified, LocalDate date) {
        Score s = new Score();
        s.id = id;
        s.sourceUrl = url;
        s.selfReported = selfReported;
        s.verified = verified;
        s.date = date;
        return s;
    }

    @Test
    void shouldPreferAScoreWithASourceLink() {
        Score noLink = score(1, null, false, true, LocalDate.of(2025, 9, 1));
        Score link = score(2, "https://lab.test", true, false, LocalDate.of(2024, 1, 1));
        assertSame(link, HeadlineRule.apply(List.of(noLink, link)));
        assertTrue(link.headline);
        assertFalse(noLink.headline);
    }

    @Test
    void shouldPreferThirdPartyOverUnknownOverSelfReported() {
        Score self = score(1, "https://a.test", true, false, LocalDate.of(2025, 9, 1));
        Score unknown = score(2, "https://b.test", null, null, LocalDate.of(2025, 1, 1));
        Score thirdParty = score(3, "https://c.test", false, false, LocalDate.of(2024, 1, 1));
        assertSame(thirdParty, HeadlineRule.apply(List.of(self, unknown, thirdParty)));
        assertSame(unknown, HeadlineRule.apply(List.of(self, unknown)));
        Score verified = score(4, "https://d.test", true, true, LocalDate.of(2023, 1, 1));
        assertSame(verified, HeadlineRule.apply(List.of(self, unknown, verified)), "verified counts as third-party");
    }

    @Test
    void shouldPreferTheNewerThenTheFirstRecorded() {
        Score older = score(1, "https://a.test", true, false, LocalDate.of(2024, 1, 1));
        Score newer = score(2, "https://a.test", true, false, LocalDate.of(2025, 1, 1));
        Score undated = score(3, "https://a.test", true, false, null);
        assertSame(newer, HeadlineRule.apply(List.of(older, undated, newer)));
        Score twin = score(4, "https://a.test", true, false, LocalDate.of(2025, 1, 1));
        assertSame(newer, HeadlineRule.apply(List.of(twin, newer)), "ties: the first recorded");
        HeadlineRule.apply(List.of(older, undated, newer));
        assertEquals(1, List.of(older, undated, newer).stream().filter(s -> s.headline).count(), "exactly one headline");
    }

    @Test
    void shouldDeriveOpenWeightsOnlyFromADownloadNeverFromALicenceNameAlone() {
        // Gemma 3n E4B: "proprietary" in llm-stats, but its weights link is a download.
        assertEquals(Boolean.TRUE, OpenWeights.of("proprietary", "https://huggingface.co/google/gemma-3n-E4B"));
        assertEquals(Boolean.TRUE, OpenWeights.of(null, "https://huggingface.co/x"));
        // Command R+ (04-2024): CC BY-NC with its Hugging Face repository.
        assertEquals(Boolean.TRUE, OpenWeights.of("cc_by_nc", null, "https://huggingface.co/CohereForAI/c4ai-command-r-plus"));
        // Gemini 2.5 Flash-Lite: llm-stats gives it a Creative Commons licence, and no download: not open.
        assertNull(OpenWeights.of("creative_commons_attribution_4_0_license", null, null));
        assertNull(OpenWeights.of("apache_2_0", null, "https://github.com/x/y"));
        assertEquals(Boolean.FALSE, OpenWeights.of("proprietary", null, "https://huggingface.co/x"));
        assertNull(OpenWeights.of(null, null));
        assertNull(OpenWeights.of("unknown", " "));
    }
}
