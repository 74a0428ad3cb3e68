package org.llmleaderboard.service.load.llmstats;

import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.ActiveParameters;
import org.llmleaderboard.domain.DatePrecision;
import org.llmleaderboard.domain.FactKind;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.ModelFact;
import org.llmleaderboard.domain.OpenWeights;
import org.llmleaderboard.domain.ReleaseDate;
import org.llmleaderboard.importer.llmstats.LlmStats;

import static org.llmleaderboard.service.load.llmstats.LlmStatsSource.ORIGIN;
import static org.llmleaderboard.service.load.llmstats.LlmStatsSource.SOURCE_CITATION;
import static org.llmleaderboard.service.load.llmstats.LlmStatsSource.SOURCE_REPOSITORY;

/** What a model takes from its llm-stats file. Pure: entities in, entities out, no database. */
final class ModelFields {

    private ModelFields() {
    }

    /** A new model of the set (not yet persisted): its slug, name, lab, release, access and family are set by the caller's plan. */
    static LanguageModel create(LlmStats.Model src, String slug) {
        LanguageModel m = new LanguageModel();
        m.slug = slug;
        m.origin = ORIGIN;
        m.name = src.name();
        if (src.releaseDate() != null) {
            m.released = src.releaseDate().toString();
            m.releaseDate = src.releaseDate();
            m.releasePrecision = DatePrecision.DAY;
        }
        // Released models are publicly usable (the markdown set's "Public"), whatever their weights.
        m.access = src.releaseDate() != null ? Access.PUBLIC : Access.UNKNOWN;
        return m;
    }

    /** Fields llm-stats knows and the model lacks; never overwrites what the model has. */
    static void fill(LanguageModel m, LlmStats.Model src, LlmStats.Licence licence) {
        if (m.description == null && src.description() != null) {
            m.description = src.description().length() > 4000 ? src.description().substring(0, 4000) : src.description();
        }
        if (m.licenceId == null && src.licenceId() != null) {
            m.licenceId = src.licenceId();
            m.licenceName = licence == null ? src.licenceId() : licence.name();
            m.licenceCommercial = licence == null ? null : licence.allowCommercial();
        }
        m.weightsUrl = m.weightsUrl == null ? src.weightsUrl() : m.weightsUrl;
        m.releasedOn = m.releasedOn == null ? src.releaseDate() : m.releasedOn;
        m.announcedOn = m.announcedOn == null ? src.announcementDate() : m.announcedOn;
        m.multimodal = m.multimodal == null ? src.multimodal() : m.multimodal;
        m.knowledgeCutoff = m.knowledgeCutoff == null ? src.knowledgeCutoff() : m.knowledgeCutoff;
        m.apiUrl = m.apiUrl == null ? src.apiUrl() : m.apiUrl;
        m.repoUrl = m.repoUrl == null ? src.repoUrl() : m.repoUrl;
        m.openWeights = OpenWeights.of(m.licenceId, m.weightsUrl, m.repoUrl);
        // Most specific wins: llm-stats' day refines the markdown set's month when it falls within it; a day in
        // another month is a disagreement, shown on the model page with both sources, and the month stays.
        ReleaseDate release = new ReleaseDate(m.releaseDate, m.releasePrecision).refinedBy(m.releasedOn);
        m.releaseDate = release.date();
        m.releasePrecision = release.precision();
    }

    /**
     * Active parameters where llm-stats states them in the name ("Qwen3 235B A22B") or the description ("671B total
     * parameters (37B activated per token)"): a sourced fact, and the model's own value when it has none.
     *
     * @return the fact to keep, or null when the file does not say
     */
    static ModelFact activeParameters(LanguageModel m, LlmStats.Model src) {
        Double active = ActiveParameters.of(src.name(), src.description(), src.parameters() != null ? src.parameters() : m.parameters);
        if (active == null) {
            return null;
        }
        if (m.activeParameters == null) {
            m.activeParameters = active;
        }
        return fact(m, FactKind.ACTIVE_PARAMETERS, active, src.file());
    }

    /**
     * A created model takes llm-stats' parameters, tokens and links as its own; a matched model keeps the markdown
     * set's (its import owns them), and llm-stats' figures are kept beside them as sourced facts ({@link #fact}).
     */
    static void takeFigures(LanguageModel m, LlmStats.Model src) {
        m.parameters = src.parameters();
        m.trainingTokens = src.trainingTokens();
        m.playgroundUrl = src.playgroundUrl();
        m.paperUrl = src.paperUrl() != null ? src.paperUrl() : src.blogUrl();
    }

    /** One of llm-stats' figures as a fact of the model, cited to its file. */
    static ModelFact fact(LanguageModel m, FactKind kind, double value, String file) {
        ModelFact f = new ModelFact();
        f.model = m;
        f.fact = kind.slug();
        f.numericValue = value;
        f.unit = kind.defaultUnit();
        f.origin = ORIGIN;
        f.sourceUrl = SOURCE_REPOSITORY + file;
        f.sourceCitation = SOURCE_CITATION;
        return f;
    }
}
