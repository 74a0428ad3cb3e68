package org.llmleaderboard.service.edit;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.ModelAlias;
import org.llmleaderboard.repository.AliasRepository;
import org.llmleaderboard.repository.LanguageModelRepository;
import org.llmleaderboard.repository.MergeMoves;
import org.llmleaderboard.repository.ModelIdentityRepository;
import org.llmleaderboard.service.InvalidArgumentException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An editor's identity decisions, in the caller's transaction, each logged in the change history and each with its
 * record for undoing it: make a model a variant of another (undone by a split), split a variant off (undone by making it a
 * variant again), and merge two models (logged as the deletion of the merged-away model, every field, plus the ids of
 * everything it gave the survivor: {@link MergeRecord}, which {@link MergeUndo} reads back). A model an editor placed keeps its place on later imports
 * ({@code variant_rule = editor}); a merged-away model's slug stays as an alias of the survivor, so that old links
 * answer 301 and a re-import of either source finds the survivor.
 */
@ApplicationScoped
public class IdentityWriter {

    /** The origin of the alias a merge leaves: the merged-away slug, which re-imports then resolve to the survivor. */
    static final String MERGE_ORIGIN = "merge";

    private final LanguageModelRepository models;
    private final ModelIdentityRepository identities;
    private final AliasRepository aliases;
    private final ChangeLog changeLog;

    IdentityWriter(LanguageModelRepository models, ModelIdentityRepository identities, AliasRepository aliases, ChangeLog changeLog) {
        this.models = models;
        this.identities = identities;
        this.aliases = aliases;
        this.changeLog = changeLog;
    }

    /** Makes {@code slug} a variant of {@code of} (of its model, when {@code of} is a variant itself). */
    public String makeVariant(String slug, String of, String reason) throws InvalidArgumentException {
        LanguageModel m = find("model", slug);
        LanguageModel model = find("variantOf", of);
        if (model.variantOf != null) {
            model = model.variantOf;
        }
        if (model == m) {
            throw new InvalidValueException("variantOf", "a model cannot be a variant of itself.");
        }
        long own = identities.variantIdsOf(List.of(m.id)).size();
        if (own > 0) {
            throw new InvalidValueException("model", "'" + slug + "' has " + own + " variants of its own; a variant has none "
                    + "(make them variants of '" + model.slug + "' first, or merge).");
        }
        String before = m.variantOf == null ? null : m.variantOf.slug;
        m.variantOf = model;
        m.variantRule = LanguageModel.EDITOR;
        models.flush();
        changeLog.append(new ChangeSubject("model", m.slug, m.slug), "variantOf", before, model.slug, reason);
        return model.slug;
    }

    /** Splits a variant off: a model of its own again, a leaderboard row, and kept so on later imports. */
    public void splitVariant(String slug, String reason) throws InvalidArgumentException {
        LanguageModel m = find("model", slug);
        if (m.variantOf == null) {
            throw new InvalidValueException("model", "'" + slug + "' is no variant.");
        }
        String before = m.variantOf.slug;
        m.variantOf = null;
        m.variantRule = LanguageModel.EDITOR;
        models.flush();
        changeLog.append(new ChangeSubject("model", m.slug, m.slug), "variantOf", before, null, reason);
    }

    /**
     * Merges {@code from} into {@code into}: everything of {@code from} (scores, facts, offerings, aliases, variants)
     * goes to {@code into}, {@code from} is deleted and its slug becomes an alias of {@code into}. Logged as the
     * deletion of {@code from} (every field), the merge, and the ids of everything moved ({@link MergeRecord}).
     */
    public void merge(String from, String into, String reason) throws InvalidArgumentException {
        LanguageModel source = find("from", from);
        LanguageModel target = find("into", into);
        if (source == target) {
            throw new InvalidValueException("into", "a model cannot be merged into itself.");
        }
        boolean targetWasVariant = target.variantOf == source;
        if (targetWasVariant) {
            target.variantOf = null;
        }
        Map<String, String> before = new LinkedHashMap<>(Snapshots.of(source));
        before.putAll(Snapshots.identityOf(source));
        MergeMoves moves = identities.movesOf(source, target);
        identities.moveAll(source, target);
        models.delete(source);
        models.flush();
        if (models.slugOfAlias(source.slug).isEmpty()) {
            // llm-stats keeps its path as an alias even where it is the slug: then that alias, moved, already says it.
            aliases.persist(ModelAlias.of(source.slug, target, MERGE_ORIGIN));
        }
        models.flush();
        new MergeRecord(source.slug, target.slug, before, moves, targetWasVariant).log(changeLog, reason);
    }

    private LanguageModel find(String field, String slug) throws UnknownReferenceException {
        return models.findBySlug(slug == null ? "" : slug.strip())
                .orElseThrow(() -> new UnknownReferenceException(field, "model", slug));
    }
}
