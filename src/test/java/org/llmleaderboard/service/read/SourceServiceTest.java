package org.llmleaderboard.service.read;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.service.edit.ChangeLog;
import org.llmleaderboard.service.edit.ChangeSubject;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A source's last import: its bundled load, or a later upload of its format as the change log records it. */
@QuarkusTest
class SourceServiceTest {

    @Inject
    SourceService sources;

    @Inject
    ChangeLog changeLog;

    @Test
    @TestTransaction
    void shouldDateTheLastImportByALaterUploadOfTheSourcesFormatWhenTheChangeLogHasOne() {
        Map<String, SourceInfo> before = byId();
        LocalDateTime bundled = before.get("llm-stats").bundledAt();
        assertNotNull(bundled, "llm-stats was loaded at start");
        // Another test may have uploaded llm-stats already: later than any import so far.
        LocalDateTime later = before.get("llm-stats").lastImport().plusDays(3).withNano(0);
        // As ImportService logs an upload of llm-stats' zip (rolled back with the test's transaction).
        changeLog.append(new ChangeSubject("import", "llm-stats-newer.zip", null), "counts", null, "169 models",
                "llm-stats import of llm-stats-newer.zip", later);
        changeLog.append(new ChangeSubject("import", "models.csv", null), "counts", null, "1 model", "csv import of models.csv",
                later.plusDays(1));
        Map<String, SourceInfo> after = byId();
        assertEquals(later, after.get("llm-stats").lastImport());
        assertEquals(bundled, after.get("llm-stats").bundledAt());
        assertEquals(before.get("aicomputing101").lastImport(), after.get("aicomputing101").lastImport(), "a CSV upload is no markdown import");
    }

    private Map<String, SourceInfo> byId() {
        return sources.sources().stream().collect(Collectors.toMap(SourceInfo::id, Function.identity()));
    }
}
