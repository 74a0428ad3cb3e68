package org.llmleaderboard.service.edit;

import org.llmleaderboard.domain.ChangeLogEntry;
import org.llmleaderboard.repository.MergeMoves;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A merge as the change log keeps it, written so that it can be undone ({@link MergeUndo}): every entry of one merge
 * has the same time. About the merged-away slug: the deletion of every field ({@link Snapshots#of} and
 * {@link Snapshots#identityOf}) and the ids of what moved (its headline scores, facts, offerings, aliases, variants,
 * family members, fine-tunes); about the survivor: its variant link, when the merge cut it, and last the merge itself
 * ({@code mergedInto}) with the moved scores, so that the survivor's history shows the merge first.
 *
 * @param fields             the merged-away model's fields, as text (null values left out)
 * @param survivorWasVariant whether the survivor was a variant of the merged-away model (the merge cut that link)
 */
record MergeRecord(String from, String into, Map<String, String> fields, MergeMoves moves, boolean survivorWasVariant) {

    /** The change-log field of a merge: old value the merged-away slug, new value the survivor's (null: undone). */
    static final String MERGED_INTO = "mergedInto";
    static final String MOVED_SCORES = "movedScores";
    static final String HEADLINE_SCORES = "headlineScores";
    static final String MOVED_FACTS = "movedFacts";
    static final String MOVED_OFFERINGS = "movedOfferings";
    static final String MOVED_ALIASES = "movedAliases";
    static final String MOVED_VARIANTS = "movedVariants";
    static final String MOVED_FAMILY_MEMBERS = "movedFamilyMembers";
    static final String MOVED_FINE_TUNES = "movedFineTunes";
    private static final String VARIANT_OF = "variantOf";
    /** Always logged (a number): its absence marks a merge logged before merges could be undone. */
    private static final String MARKER = "version";

    /** A change-log value holds at most this many characters: longer lists take several entries. */
    private static final int CHUNK = 10_000;

    /** Writes the merge to the change log, every entry at one time. */
    void log(ChangeLog changeLog, String reason) {
        LocalDateTime at = ChangeLog.now();
        ChangeSubject gone = new ChangeSubject("model", from, from);
        changeLog.diff(gone, fields, null, reason, at);
        Lister list = (field, values, separator, subject) -> {
            for (String chunk : chunks(values, separator)) {
                changeLog.append(subject, field, null, chunk, reason, at);
            }
        };
        list.log(HEADLINE_SCORES, text(moves.headlines()), ",", gone);
        list.log(MOVED_FACTS, text(moves.facts()), ",", gone);
        list.log(MOVED_OFFERINGS, text(moves.offerings()), ",", gone);
        list.log(MOVED_ALIASES, moves.aliases(), "\n", gone);
        list.log(MOVED_VARIANTS, text(moves.variants()), ",", gone);
        list.log(MOVED_FAMILY_MEMBERS, text(moves.familyMembers()), ",", gone);
        list.log(MOVED_FINE_TUNES, text(moves.fineTunes()), ",", gone);
        if (survivorWasVariant) {
            changeLog.append(new ChangeSubject("model", into, into), VARIANT_OF, from, null, reason, at);
        }
        ChangeSubject merge = new ChangeSubject("model", from, into);
        list.log(MOVED_SCORES, text(moves.scores()), ",", merge);
        // In both histories: the survivor's, and the merged-away slug's (shown again when the merge is undone).
        changeLog.append(gone, MERGED_INTO, from, into, reason, at);
        changeLog.append(merge, MERGED_INTO, from, into, reason, at);
    }

    @FunctionalInterface
    private interface Lister {
        void log(String field, List<String> values, String separator, ChangeSubject subject);
    }

    /**
     * The merge of {@code from} into {@code into} from the entries written with its {@code mergedInto} entry (about
     * both slugs, at its time); null when the merge was logged before merges were recorded for undoing.
     */
    static MergeRecord read(String from, String into, List<ChangeLogEntry> entries) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, List<String>> lists = new HashMap<>();
        boolean survivorWasVariant = false;
        for (ChangeLogEntry e : entries) {
            if (e.entityKey.equals(into) && VARIANT_OF.equals(e.field) && from.equals(e.oldValue) && e.newValue == null) {
                survivorWasVariant = true;
            } else if (e.entityKey.equals(from) && !MERGED_INTO.equals(e.field)) {
                if (e.oldValue == null && e.newValue != null) {
                    String separator = MOVED_ALIASES.equals(e.field) ? "\n" : ",";
                    lists.computeIfAbsent(e.field, f -> new ArrayList<>()).addAll(Arrays.asList(e.newValue.split(separator)));
                } else if (e.newValue == null) {
                    fields.put(e.field, e.oldValue);
                }
            }
        }
        if (!fields.containsKey(MARKER)) {
            return null;
        }
        MergeMoves moves = new MergeMoves(ids(lists, MOVED_SCORES), ids(lists, HEADLINE_SCORES), ids(lists, MOVED_FACTS),
                ids(lists, MOVED_OFFERINGS), lists.getOrDefault(MOVED_ALIASES, List.of()), ids(lists, MOVED_VARIANTS),
                ids(lists, MOVED_FAMILY_MEMBERS), ids(lists, MOVED_FINE_TUNES));
        return new MergeRecord(from, into, fields, moves, survivorWasVariant);
    }

    private static List<Long> ids(Map<String, List<String>> lists, String field) {
        return lists.getOrDefault(field, List.of()).stream().filter(s -> !s.isBlank()).map(Long::valueOf).toList();
    }

    private static List<String> text(List<Long> ids) {
        return ids.stream().map(String::valueOf).toList();
    }

    /** The values joined, in pieces of at most {@link #CHUNK} characters; none for no values. */
    static List<String> chunks(List<String> values, String separator) {
        List<String> out = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String v : values) {
            if (chunk.length() > 0 && chunk.length() + separator.length() + v.length() > CHUNK) {
                out.add(chunk.toString());
                chunk.setLength(0);
            }
            chunk.append(chunk.length() == 0 ? "" : separator).append(v);
        }
        if (chunk.length() > 0) {
            out.add(chunk.toString());
        }
        return out;
    }
}
