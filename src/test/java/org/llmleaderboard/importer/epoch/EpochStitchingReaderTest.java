package org.llmleaderboard.importer.epoch;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.importer.UnreadableImportException;
import org.llmleaderboard.importer.source.Provenance;
import org.llmleaderboard.importer.source.SourceFiles;
import org.llmleaderboard.importer.source.SourceModel;
import org.llmleaderboard.importer.source.SourceRecords;
import org.llmleaderboard.importer.source.SourceScore;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.llmleaderboard.importer.epoch.EpochAssertions.model;
import static org.llmleaderboard.importer.epoch.EpochAssertions.run;

class EpochStitchingReaderTest {

    static SourceRecords bundled() throws IOException, UnreadableImportException {
        try (InputStream in = EpochStitchingReaderTest.class.getResourceAsStream("/bundled/epoch-benchmark-stitching.zip")) {
            return EpochStitchingReader.readZip(in);
        }
    }

    @Test
    void shouldReadEveryModelVersionAndRunWhenGivenTheBundledRepository() throws Exception {
        SourceRecords r = bundled();
        assertEquals(EpochStitchingReader.ORIGIN, r.origin());
        assertEquals("474 models, 541 scores, 0 offerings, 0 problems", r.summary());
        assertTrue(r.scores().stream().allMatch(s -> s.provenance() == Provenance.INDEPENDENT && s.runId() != null));
        EpochAssertions.assertEachModelOnce(r);
        SourceModel mistral = model(r, "Ministral-3B");
        assertEquals("Ministral 3B", mistral.name());
    }

    @Test
    void shouldDateARunFromItsWrittenOutStartWhenTheEffortIsASetting() throws Exception {
        SourceScore gpqa = run(bundled(), "V3YQtSEnQ3TPZEPPgkCKQM");
        assertEquals("gpt-5.1", gpqa.modelId());
        assertEquals("gpqa_diamond", gpqa.benchmark());
        assertEquals(85.0, gpqa.value(), 1e-9);
        assertEquals(2.0, gpqa.stderr(), 1e-9);
        assertEquals(LocalDate.of(2025, 11, 17), gpqa.date());
        assertEquals("reasoning effort medium", gpqa.setting());
        assertEquals("1.0.1", gpqa.release());
        assertEquals("frontiermath", run(bundled(), "DKLrszPeTvFUGq39AaTniX").benchmark());
    }

    /** The README says to prefer the Hub: most runs are the Hub's too, under the same run id, and the merge keeps one. */
    @Test
    void shouldShareMostRunIdsWithTheHubWhenBothAreRead() throws Exception {
        Map<String, SourceScore> hub = EpochHubReaderTest.bundled().scores().stream().filter(s -> s.runId() != null)
                .collect(Collectors.toMap(SourceScore::runId, s -> s, (a, b) -> a));
        Set<String> shared = bundled().scores().stream().map(SourceScore::runId).filter(hub::containsKey).collect(Collectors.toSet());
        assertEquals(429, shared.size());
        bundled().scores().stream().filter(s -> shared.contains(s.runId()))
                .forEach(s -> assertEquals(hub.get(s.runId()).benchmark(), s.benchmark(), s.runId()));
    }

    @Test
    void shouldReadACheckoutDirectoryAndReportARunOfAnUnknownModel() throws Exception {
        Map<String, String> files = new TreeMap<>(SourceFiles.directory(EpochAssertions.fixture("epoch-benchmark-stitching"),
                EpochStitchingReader.files()));
        SourceRecords r = EpochStitchingReader.read(files);
        EpochAssertions.assertEachModelOnce(r);
        assertEquals(474, r.models().size());
        assertEquals(20, r.scores().size());
        files.put(EpochStitchingReader.RUNS, files.get(EpochStitchingReader.RUNS) + "\nX1,GPQA diamond,no-such-model,0.5,,,,,,Success,,1\n");
        assertTrue(EpochStitchingReader.read(files).problems().stream()
                .anyMatch(p -> p.matches("data/benchmarks_runs.csv row \\d+: model no-such-model is not in model_versions.csv")));
        files.remove(EpochStitchingReader.VERSIONS);
        assertThrows(UnreadableImportException.class, () -> EpochStitchingReader.read(files));
    }
}
