package org.llmleaderboard.service.edit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.llmleaderboard.domain.ChangeLogEntry;
import org.llmleaderboard.domain.HeadlineRule;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;
import org.llmleaderboard.repository.ChangeLogRepository;
import org.llmleaderboard.repository.LabRepository;
import org.llmleaderboard.repository.LanguageModelRepository;
import org.llmleaderboard.repository.ModelIdentityRepository;
import org.llmleaderboard.repository.ScoreRepository;
import org.llmleaderboard.service.InvalidArgumentException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Undoes a merge, in the caller's transaction, from what the merge wrote to the change log ({@link MergeRecord}): the
 * merged-away model comes back with its own fields, slug, lab and links, takes back its scores (with their headline
 * flags), facts, offerings, aliases, variants, family members and fine-tunes, and the alias the merge left is removed.
 * Refused, before anything is written, when the slug was never merged or is already back, or when a later change makes
 * the undo unsafe: the survivor merged away or deleted since, the slug used by another model, the lab gone, or moved
 * records taken by another model. Logged as the model's creation and {@code mergedInto} set back to null.
 */
@ApplicationScoped
public class MergeUndo {

    private final LanguageModelRepository models;
    private final ModelIdentityRepository identities;
    private final ChangeLogRepository history;
    private final LabRepository labs;
    private final ScoreRepository scores;
    private final ChangeLog changeLog;

    MergeUndo(LanguageModelRepository models, ModelIdentityRepository identities, ChangeLogRepository history, LabRepository labs,
            ScoreRepository scores, ChangeLog changeLog) {
        this.models = models;
        this.identities = identities;
        this.history = history;
        this.labs = labs;
        this.scores = scores;
        this.changeLog = changeLog;
    }

    /** Restores the model merged away under {@code slug}; its slug. */
    public String unmerge(String slug, String reason) throws InvalidArgumentException, ConflictException {
        String from = slug == null ? "" : slug.strip();
        ChangeLogEntry merge = lastMerge(from);
        String into = merge.newValue;
        LanguageModel survivor = models.findBySlug(into).orElseThrow(() -> new ConflictException(
                "'" + from + "' was merged into '" + into + "', which " + fateOf(into) + " since: undo that first."));
        MergeRecord record = MergeRecord.read(from, into, history.writtenAt(merge.changedAt, List.of(from, into)));
        if (record == null) {
            throw new ConflictException("'" + from + "' was merged before merges were recorded for undoing; "
                    + "recreate it with upsertModel instead.");
        }
        if (identities.heldElsewhere(record.moves(), survivor) > 0) {
            throw new ConflictException("Some of the scores, facts, offerings or aliases '" + from + "' gave '" + into
                    + "' belong to another model since: move them back to '" + into + "' first.");
        }
        LanguageModel restored = restore(record, survivor);
        try {
            models.persist(restored);
            models.flush();
        } catch (PersistenceException e) {
            // Two undos (or an undo and a create) of one slug at once: the second finds the slug taken at its flush.
            throw new ConflictException("'" + from + "' was restored or created by another request meanwhile.");
        }
        identities.moveBack(record.moves(), survivor, restored);
        if (record.survivorWasVariant() && survivor.variantOf == null) {
            survivor.variantOf = restored;
            changeLog.append(new ChangeSubject("model", into, into), "variantOf", null, from, reason);
        }
        identities.removeAlias(from, IdentityWriter.MERGE_ORIGIN, survivor);
        models.flush();
        repairHeadlines(survivor, restored);
        Map<String, String> after = new LinkedHashMap<>(Snapshots.of(restored));
        after.putAll(Snapshots.identityOf(restored));
        changeLog.diff(new ChangeSubject("model", from, from), null, after, reason);
        changeLog.append(new ChangeSubject("model", from, from), MergeRecord.MERGED_INTO, into, null, reason);
        changeLog.append(new ChangeSubject("model", from, into), MergeRecord.MERGED_INTO, into, null, reason);
        return from;
    }

    /** The slug's latest merge, or the reason it cannot be undone. */
    private ChangeLogEntry lastMerge(String from) throws InvalidArgumentException, ConflictException {
        List<ChangeLogEntry> merges = history.ofField(from, MergeRecord.MERGED_INTO);
        boolean live = models.findBySlug(from).isPresent();
        if (merges.isEmpty()) {
            if (live) {
                throw new InvalidValueException("model", "'" + from + "' was never merged into another model.");
            }
            throw new UnknownReferenceException("model", "model", from);
        }
        ChangeLogEntry last = merges.get(0);
        if (last.newValue == null) {
            throw new InvalidValueException("model", "the merge of '" + from + "' into '" + last.oldValue + "' was already undone ("
                    + last.changedAt.withNano(0).toString().replace('T', ' ') + ", " + last.actor + ").");
        }
        if (live) {
            throw new ConflictException("'" + from + "' names another model since its merge into '" + last.newValue
                    + "': rename or delete that model first.");
        }
        return last;
    }

    /** What became of a survivor that is gone: merged into another model, or deleted. */
    private String fateOf(String into) {
        return history.ofField(into, MergeRecord.MERGED_INTO).stream().findFirst().filter(e -> e.newValue != null)
                .map(e -> "was merged into '" + e.newValue + "'").orElse("was deleted");
    }

    /** The merged-away model, as it was: its fields from the record, its lab and links found again by slug. */
    private LanguageModel restore(MergeRecord record, LanguageModel survivor) throws ConflictException {
        Map<String, String> f = record.fields();
        LanguageModel m = new LanguageModel();
        m.slug = record.from();
        m.lab = labs.findBySlug(f.get("lab")).orElseThrow(() -> new ConflictException(
                "The lab '" + f.get("lab") + "' of '" + record.from() + "' no longer exists: create it first."));
        Snapshots.restore(m, f);
        m.variantOf = link(f.get("variantOf"), survivor);
        if (f.get("variantOf") != null && m.variantOf == null) {
            throw new ConflictException("'" + record.from() + "' was a variant of '" + f.get("variantOf")
                    + "', which no longer exists: undo its merge or deletion first.");
        }
        m.family = link(f.get("family"), survivor);
        m.fineTunedFrom = link(f.get("fineTunedFrom"), survivor);
        return m;
    }

    private LanguageModel link(String slug, LanguageModel survivor) {
        if (slug == null) {
            return null;
        }
        return slug.equals(survivor.slug) ? survivor : models.findBySlug(slug).orElse(null);
    }

    /**
     * Gives each benchmark of both models a headline again where the undo left none (the merged-away model's headline
     * deleted since, or a re-import that made one of its scores the survivor's headline): by {@link HeadlineRule}.
     */
    private void repairHeadlines(LanguageModel survivor, LanguageModel restored) {
        Map<String, List<Score>> groups = scores.listOfModels(List.of(survivor.id, restored.id)).stream()
                .collect(Collectors.groupingBy(s -> s.model.id + "/" + s.benchmark.id));
        groups.values().stream().filter(g -> g.stream().noneMatch(s -> s.headline)).forEach(HeadlineRule::apply);
    }
}
