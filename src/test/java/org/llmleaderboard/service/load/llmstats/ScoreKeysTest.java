package org.llmleaderboard.service.load.llmstats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The keys that let a later import find its scores again, without a database. */
class ScoreKeysTest {

    @Test
    void shouldKeyAScoreByModelScoreAndBenchmarkIds() {
        assertEquals("m1#s1#gpqa", new ScoreKeys().next("m1", Tiny.score("s1", "gpqa", "m1", 0.5)));
    }

    @Test
    void shouldNumberARepeatedScoreIdByItsPositionInTheFile() {
        ScoreKeys keys = new ScoreKeys();
        assertEquals("m1#s1#gpqa", keys.next("m1", Tiny.score("s1", "gpqa", "m1", 0.5)));
        assertEquals("m1#s1#gpqa#2", keys.next("m1", Tiny.score("s1", "gpqa", "m1", 0.6)));
        assertEquals("m2#s1#gpqa", keys.next("m2", Tiny.score("s1", "gpqa", "m2", 0.6)), "another model's is no repeat");
    }

    @Test
    void shouldCutKeysAtTheColumnsLength() {
        String key = new ScoreKeys().next("m".repeat(95), Tiny.score("s1", "gpqa", "m1", 0.5));
        assertEquals(ScoreKeys.MAX_LENGTH, key.length());
    }
}
