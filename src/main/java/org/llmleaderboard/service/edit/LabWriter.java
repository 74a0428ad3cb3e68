package org.llmleaderboard.service.edit;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.repository.LabRepository;
import org.llmleaderboard.repository.LanguageModelRepository;

import java.time.LocalDate;
import java.util.Map;

import static org.llmleaderboard.service.edit.Snapshots.blankToNull;

/** Writes labs, in the caller's transaction: an editor's upsert (logged) and the imports' (logged once, by the import). */
@ApplicationScoped
public class LabWriter {

    private final LabRepository labs;
    private final LanguageModelRepository models;
    private final ChangeLog changeLog;

    LabWriter(LabRepository labs, LanguageModelRepository models, ChangeLog changeLog) {
        this.labs = labs;
        this.models = models;
        this.changeLog = changeLog;
    }

    /** Creates or updates a lab; {@code log}: one change-log entry per changed field (not for bulk imports). */
    public Outcome save(LabCommand in, boolean log) {
        Lab lab = labs.findBySlug(in.slug()).orElse(null);
        Map<String, String> before = lab == null ? null : Snapshots.of(lab);
        if (lab == null) {
            lab = new Lab();
            lab.slug = in.slug();
        }
        boolean renamed = lab.name != null && !lab.name.equals(in.name().strip());
        lab.name = in.name().strip();
        lab.website = blankToNull(in.website());
        lab.country = blankToNull(in.country());
        labs.persist(lab);
        if (renamed) {
            // Search text holds the lab name: refresh it on the lab's models.
            for (LanguageModel m : models.list("lab", lab)) {
                m.searchText = null;
                m.lastUpdated = LocalDate.now();
            }
        }
        labs.flush();
        Map<String, String> after = Snapshots.of(lab);
        if (log) {
            changeLog.diff(new ChangeSubject("lab", lab.slug, null), before, after, in.reason());
        }
        return Outcome.of(before, after);
    }
}
