package org.llmleaderboard.service.edit;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.domain.ChangeLogEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A merge's record read back from its change-log entries, however long its lists (plain unit test). */
class MergeRecordTest {

    private static ChangeLogEntry entry(String key, String field, String oldValue, String newValue) {
        ChangeLogEntry e = new ChangeLogEntry();
        e.entityType = "model";
        e.entityKey = key;
        e.field = field;
        e.oldValue = oldValue;
        e.newValue = newValue;
        return e;
    }

    @Test
    void shouldSplitALongListIntoEntriesOfAtMostTenThousandCharactersAndReadItBackWhole() {
        List<Long> ids = LongStream.rangeClosed(1_000_000, 1_003_000).boxed().toList();
        List<String> chunks = MergeRecord.chunks(ids.stream().map(String::valueOf).toList(), ",");
        assertTrue(chunks.size() > 2, "3,001 ids of 7 digits take several entries");
        chunks.forEach(c -> assertTrue(c.length() <= 10_000, "a chunk fits a change-log value"));

        String from = "openai/gpt-4o-2024-11-20";
        String into = "openai/gpt-4o";
        List<ChangeLogEntry> entries = new ArrayList<>();
        entries.add(entry(from, "name", "GPT-4o 2024-11-20", null));
        entries.add(entry(from, "version", "1", null));
        entries.add(entry(from, "movedAliases", null, "gpt-4o-2024-11-20\nopenai/gpt-4o-2024-11-20"));
        chunks.forEach(c -> entries.add(entry(from, MergeRecord.MOVED_SCORES, null, c)));
        entries.add(entry(into, "variantOf", from, null));
        entries.add(entry(from, MergeRecord.MERGED_INTO, from, into));

        MergeRecord record = MergeRecord.read(from, into, entries);
        assertEquals(ids, record.moves().scores());
        assertEquals(List.of("gpt-4o-2024-11-20", "openai/gpt-4o-2024-11-20"), record.moves().aliases());
        assertEquals("GPT-4o 2024-11-20", record.fields().get("name"));
        assertTrue(record.survivorWasVariant());
        assertEquals(List.of(), record.moves().facts());
    }

    @Test
    void shouldReadNoRecordWhenTheMergeWasLoggedBeforeMergesRecordedTheirUndo() {
        String from = "moonshot-ai/kimi-k2-0905";
        assertNull(MergeRecord.read(from, "moonshot-ai/kimi-k2-instruct-0905",
                List.of(entry(from, "name", "Kimi K2 0905", null), entry(from, MergeRecord.MERGED_INTO, from, "moonshot-ai/kimi-k2-instruct-0905"))));
    }
}
