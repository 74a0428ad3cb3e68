package org.llmleaderboard.service.edit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.ReleaseDate;
import org.llmleaderboard.repository.LabRepository;
import org.llmleaderboard.repository.LanguageModelRepository;
import org.llmleaderboard.repository.ScoreRepository;
import org.llmleaderboard.service.InvalidArgumentException;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.llmleaderboard.service.edit.Snapshots.blankToNull;
import static org.llmleaderboard.service.edit.Snapshots.clean;

/**
 * Writes models, in the caller's transaction. An editor's write must send the version read and is logged field by
 * field; an import replaces by slug, keeps the source's date and is logged once, by the import.
 */
@ApplicationScoped
public class ModelWriter {

    private final LabRepository labs;
    private final LanguageModelRepository models;
    private final ScoreRepository scores;
    private final ChangeLog changeLog;

    ModelWriter(LabRepository labs, LanguageModelRepository models, ScoreRepository scores, ChangeLog changeLog) {
        this.labs = labs;
        this.models = models;
        this.scores = scores;
        this.changeLog = changeLog;
    }

    /** The values of a command that need parsing or the database, checked before anything is written. */
    record Checked(Lab lab, ReleaseDate release, Access access, Architecture architecture) {
    }

    /** An editor's write: creates the model, or updates it when {@code version} is the current one; logged. */
    public Outcome save(ModelCommand in) throws InvalidArgumentException, ConflictException {
        return save(in, true, null);
    }

    /** An import's write: creates or replaces by slug; {@code lastUpdated} the source's date (null: today); not logged. */
    public Outcome importModel(ModelCommand in, LocalDate lastUpdated) throws InvalidArgumentException, ConflictException {
        return save(in, false, lastUpdated);
    }

    private Outcome save(ModelCommand in, boolean interactive, LocalDate lastUpdated) throws InvalidArgumentException, ConflictException {
        Checked checked = check(in, labs::findBySlug);
        LanguageModel m = models.findBySlug(in.slug()).orElse(null);
        if (m != null && interactive) {
            checkVersion(in, m);
        }
        Map<String, String> before = null;
        if (m != null) {
            before = Snapshots.of(m);
        } else {
            m = new LanguageModel();
            m.slug = in.slug();
        }
        apply(in, checked, m);
        Map<String, String> after = Snapshots.of(m);
        Outcome outcome = Outcome.of(before, after);
        if (outcome == Outcome.UNCHANGED) {
            return outcome;
        }
        m.lastUpdated = !interactive && lastUpdated != null ? lastUpdated : LocalDate.now();
        models.persist(m);
        flush("Model '" + in.slug() + "'");
        if (interactive) {
            changeLog.diff(new ChangeSubject("model", m.slug, m.slug), before, after, in.reason());
        }
        return outcome;
    }

    /** The checks of every model write; {@code labs} finds a lab by slug (the database, or an import's look-up). */
    static Checked check(ModelCommand in, Function<String, Optional<Lab>> labs) throws InvalidArgumentException {
        String labSlug = in.lab().strip();
        Lab lab = labs.apply(labSlug).orElseThrow(() -> new UnknownReferenceException("ModelInput.lab", "lab", labSlug));
        if (!in.slug().startsWith(labSlug + "/")) {
            throw new InvalidValueException("ModelInput.slug", "must start with the lab's slug, '" + labSlug + "/'.");
        }
        ReleaseDate release = ReleaseDate.parse(blankToNull(in.released()));
        if (release == null) {
            throw new InvalidValueException("ModelInput.released", "must be like 'May/2024', '2024-05-13', '2024' or 'TBA', was '"
                    + in.released() + "'.");
        }
        Access access = in.access() == null ? Access.UNKNOWN : Access.parse(in.access()).orElseThrow(
                () -> new InvalidValueException("ModelInput.access", "must be public, private or unknown, was '" + in.access() + "'."));
        Architecture architecture = in.architecture() == null ? null : Architecture.parse(in.architecture()).orElseThrow(
                () -> new InvalidValueException("ModelInput.architecture",
                        "must be dense, moe, hybrid, matformer, coe, compound or unknown, was '" + in.architecture() + "'."));
        if (in.activeParameters() != null && in.parameters() != null && in.activeParameters() > in.parameters()) {
            throw new InvalidValueException("ModelInput.activeParameters", "must not exceed parameters (" + in.parameters() + ").");
        }
        return new Checked(lab, release, access, architecture);
    }

    private static void checkVersion(ModelCommand in, LanguageModel m) throws ConflictException {
        if (in.version() == null) {
            throw new ConflictException("Model '" + in.slug() + "' exists (version " + m.version
                    + "): send `version` with the value you read to update it.");
        }
        if (in.version() != m.version) {
            throw new ConflictException("Model '" + in.slug() + "' was changed meanwhile: you sent version " + in.version()
                    + ", the current version is " + m.version + ". Read it again and reapply your change.");
        }
    }

    static void apply(ModelCommand in, Checked checked, LanguageModel m) {
        m.name = in.name().strip();
        m.lab = checked.lab();
        m.headlineTags = in.headlineTags() == null || in.headlineTags().isEmpty() ? null : String.join(", ", clean(in.headlineTags()));
        m.released = blankToNull(in.released());
        m.releaseDate = checked.release().date();
        m.releasePrecision = checked.release().precision();
        m.access = checked.access();
        m.architecture = checked.architecture() == Architecture.UNKNOWN ? null : checked.architecture();
        m.parameters = in.parameters();
        m.activeParameters = in.activeParameters();
        m.trainingTokens = in.trainingTokens();
        m.datasetType = blankToNull(in.datasetType());
        m.tags.clear();
        if (in.tags() != null) {
            m.tags.addAll(clean(in.tags()));
        }
        m.notes = blankToNull(in.notes());
        m.playgroundUrl = blankToNull(in.playgroundUrl());
        m.paperUrl = blankToNull(in.paperUrl());
    }

    /** Deletes a model and its scores, logged; false when there was no such model. */
    public boolean delete(String slug, String reason) {
        LanguageModel m = models.findBySlug(slug).orElse(null);
        if (m == null) {
            return false;
        }
        Map<String, String> before = Snapshots.of(m);
        scores.deleteOfModel(m);
        models.delete(m);
        models.flush();
        changeLog.diff(new ChangeSubject("model", slug, slug), before, null, reason);
        return true;
    }

    private void flush(String what) throws ConflictException {
        try {
            models.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConflictException(what + " was changed by another request at the same time. Read it again and reapply your change.");
        }
    }
}
