package org.llmleaderboard.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The setting rules over the analysis methods llm-stats writes (real texts from the bundled set). */
class ScoreSettingTest {

    private static String key(String text) {
        return ScoreSetting.parse(text).key();
    }

    @Test
    void shouldReadShotsChainOfThoughtAndPassAtKFromTheSourcesText() {
        assertEquals("0-shot.cot", key("0-shot CoT"));
        assertEquals("0-shot.cot", key("0-shot Chain-of-Thought"));
        assertEquals("5-shot", key("5-shot evaluation"));
        assertEquals("0-shot", key("zero-shot evaluation"));
        assertEquals("pass-at-1", key("Pass@1"));
        assertEquals("pass-at-1", key("pass @1"));
        assertEquals("0-shot.pass-at-1", key("pass@1. 0-shot."));
        assertEquals("3-shot.cot", key("3-shot Chain-of-Thought"));
    }

    @Test
    void shouldReadHarnessAndSubsetFromTheSourcesText() {
        assertEquals("harness-openhands", key("OpenHands v0.34.0"));
        assertEquals("harness-multiple-attempts", key("Parallel test-time compute (multiple attempts, internal scoring model selection)."));
        assertEquals("pass-at-1.subset-diamond", key("Diamond, Pass@1"));
        assertEquals("harness-simple-evals", key("simple-evals"));
    }

    @Test
    void shouldCallATextThatStatesNoSettingUnspecified() {
        assertEquals(ScoreSetting.UNSPECIFIED_KEY, key("Accuracy"));
        assertEquals(ScoreSetting.UNSPECIFIED_KEY, key(null));
        assertEquals(ScoreSetting.UNSPECIFIED_KEY, key(""));
        assertEquals("setting not stated", ScoreSetting.UNSPECIFIED.label());
    }

    @Test
    void shouldReadBackEveryKeyItWritesAndNoOtherSpelling() {
        for (String k : new String[] { "unspecified", "0-shot.cot", "5-shot.no-cot.pass-at-1.harness-agentless.subset-diamond",
                "harness-agentic-coding", "subset-with-subtitles" }) {
            assertEquals(k, ScoreSetting.ofKey(k).orElseThrow().key());
        }
        assertEquals(Optional.empty(), ScoreSetting.ofKey("cot.0-shot"), "parts out of order");
        assertEquals(Optional.empty(), ScoreSetting.ofKey("cot.cot"), "a part twice");
        assertEquals(Optional.empty(), ScoreSetting.ofKey("harness-Agentless"), "not lower case");
        assertEquals(Optional.empty(), ScoreSetting.ofKey("five-shot"));
        assertEquals(Optional.empty(), ScoreSetting.ofKey(""));
        assertEquals(Optional.empty(), ScoreSetting.ofKey(null));
    }

    @Test
    void shouldLetAVariantsImpliedSettingWinOverTheScoresText() {
        ScoreSetting implied = ScoreSetting.ofKey("harness-agentless").orElseThrow();
        assertEquals("harness-agentless", ScoreSetting.parse("OpenHands v0.34.0").under(implied).key());
        assertEquals("pass-at-1.harness-agentless", ScoreSetting.parse("Pass@1").under(implied).key());
        assertEquals("0-shot · CoT · harness agentless", ScoreSetting.parse("0-shot CoT").under(implied).label());
    }
}
