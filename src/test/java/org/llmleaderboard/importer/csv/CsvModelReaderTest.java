package org.llmleaderboard.importer.csv;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.importer.ImportBatch;
import org.llmleaderboard.importer.ImportedModel;
import org.llmleaderboard.importer.UnreadableImportException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSV reader alone: bytes in, an import batch out, no database. */
class CsvModelReaderTest {

    private static final Set<String> BENCHMARKS = Set.of("gpqa", "mmlu");

    private static ImportBatch read(String csv) throws UnreadableImportException {
        return CsvModelReader.read(csv.getBytes(StandardCharsets.UTF_8), BENCHMARKS);
    }

    @Test
    void shouldReadEachRowAsAModelWithItsBenchmarkColumnsAsScores() throws Exception {
        ImportBatch batch = read("""
                \uFEFFslug,name,lab,lab_name,parameters_b,tags,gpqa,mmlu,source_url,setting,alscore
                x-lab/one,"One, quoted",x-lab,X Lab,"1,000",Reasoning;Coding,93.1,,https://x.test/one,0-shot,12
                """);
        assertEquals(List.of(), batch.rejections());
        ImportedModel m = batch.models().get(0);
        assertEquals(2, m.line());
        assertEquals("One, quoted", m.name());
        assertEquals("X Lab", m.labName());
        assertEquals(1000.0, m.parameters());
        assertEquals(List.of("Reasoning", "Coding"), m.tags());
        assertEquals(1, m.scores().size());
        assertEquals("gpqa", m.scores().get(0).benchmark());
        assertEquals("0-shot", m.scores().get(0).setting());
        assertNull(m.lastUpdated());
    }

    @Test
    void shouldNameANewLabByItsSlugWithoutALabNameColumn() throws Exception {
        assertEquals("x-lab", read("slug,name,lab\nx-lab/one,One,x-lab\n").models().get(0).labName());
    }

    @Test
    void shouldRejectARowWithAnUnreadableNumberOrAnUnsourcedScoreWithItsLine() throws Exception {
        ImportBatch batch = read("""
                slug,name,lab,parameters_b,gpqa
                x-lab/one,One,x-lab,seventy,
                x-lab/two,Two,x-lab,7,50
                """);
        assertEquals(List.of(), batch.models());
        assertEquals(2, batch.rejections().get(0).line());
        assertEquals("parameters_b: 'seventy' is not a number.", batch.rejections().get(0).reason());
        assertEquals(3, batch.rejections().get(1).line());
        assertTrue(batch.rejections().get(1).reason().contains("needs a source"));
    }

    @Test
    void shouldNoteColumnsItDoesNotKnow() throws Exception {
        assertEquals(List.of("ignored columns: colour"), read("slug,name,lab,colour\nx-lab/one,One,x-lab,red\n").notes());
    }

    @Test
    void shouldRefuseAHeaderWithoutTheRequiredColumns() {
        UnreadableImportException e = assertThrows(UnreadableImportException.class, () -> read("a,b\n1,2\n"));
        assertTrue(e.getMessage().contains("lacks the column 'slug'"), e.getMessage());
    }
}
