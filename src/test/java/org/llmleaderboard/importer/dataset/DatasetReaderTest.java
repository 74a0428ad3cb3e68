package org.llmleaderboard.importer.dataset;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.importer.ImportBatch;
import org.llmleaderboard.importer.UnreadableImportException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetReaderTest {

    private static final String DOCUMENT = """
            {"format": "llm-leaderboard/dataset@1",
             "labs": [{"slug": "x-lab", "name": "X Lab", "website": null, "country": null}],
             "benchmarks": [{"slug": "b", "name": "B", "description": null, "unit": null, "higherIsBetter": true}],
             "models": [{"slug": "x-lab/one", "name": "One", "lab": "x-lab", "access": "Public", "lastUpdated": "2025-01-02",
                         "scores": [{"benchmark": "b", "value": 1.5, "date": "2025-01-01", "headline": true}]}]}
            """;

    @Test
    void shouldNumberEntriesInDocumentOrderAndKeepWholeLabRecords() throws Exception {
        ImportBatch batch = DatasetReader.read(DOCUMENT.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, batch.labs().get(0).line());
        assertTrue(batch.labs().get(0).complete());
        assertEquals(2, batch.benchmarks().get(0).line());
        assertEquals("B", batch.benchmarks().get(0).description());
        assertEquals(3, batch.models().get(0).line());
        assertNull(batch.models().get(0).labName());
        assertEquals(LocalDate.of(2025, 1, 2), batch.models().get(0).lastUpdated());
        assertEquals("2025-01-01", batch.models().get(0).scores().get(0).date());
        assertEquals(Boolean.TRUE, batch.models().get(0).scores().get(0).headline());
    }

    @Test
    void shouldRefuseAnotherFormat() {
        assertThrows(UnreadableImportException.class,
                () -> DatasetReader.read("{\"format\": \"other\"}".getBytes(StandardCharsets.UTF_8)));
    }
}
