package org.llmleaderboard.importer.epoch;

import org.llmleaderboard.importer.source.SourceModel;
import org.llmleaderboard.importer.source.SourceRecords;
import org.llmleaderboard.importer.source.SourceScore;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every Epoch reader's records must hold: each model once, by id and by name and lab; scores on known models. */
final class EpochAssertions {

    private EpochAssertions() {
    }

    static Path fixture(String source) {
        return Path.of("src/test/resources/fixtures", source);
    }

    static void assertEachModelOnce(SourceRecords records) {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (SourceModel m : records.models()) {
            assertTrue(ids.add(m.id()), "id twice: " + m.id());
            String key = norm(m.name()) + '|' + norm(m.lab());
            assertTrue(names.add(key), "name and lab twice: " + m.name() + " / " + m.lab());
        }
        Set<String> scored = records.scores().stream().map(SourceScore::modelId).collect(Collectors.toSet());
        assertTrue(ids.containsAll(scored), "scores name models the records do not hold");
        records.models().stream().filter(m -> m.variantOf() != null)
                .forEach(m -> assertTrue(ids.contains(m.variantOf()), m.id() + " is a variant of an unknown " + m.variantOf()));
    }

    static SourceModel model(SourceRecords records, String id) {
        return records.models().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no model " + id));
    }

    static List<SourceScore> scores(SourceRecords records, String modelId, String benchmark) {
        return records.scores().stream().filter(s -> s.modelId().equals(modelId) && s.benchmark().equals(benchmark)).toList();
    }

    static SourceScore run(SourceRecords records, String runId) {
        List<SourceScore> found = records.scores().stream().filter(s -> runId.equals(s.runId())).toList();
        assertEquals(1, found.size(), "runs with id " + runId);
        return found.get(0);
    }

    private static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
