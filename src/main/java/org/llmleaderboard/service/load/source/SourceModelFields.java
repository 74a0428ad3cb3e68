package org.llmleaderboard.service.load.source;

import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.DatePrecision;
import org.llmleaderboard.domain.FactKind;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.ModelFact;
import org.llmleaderboard.domain.ReleaseDate;
import org.llmleaderboard.importer.source.SourceModel;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** What a model takes from a source's record. Pure: entities in, entities out, no database. */
final class SourceModelFields {

    private SourceModelFields() {
    }

    /** A new model of the source (not yet persisted): every field the record gives. */
    static LanguageModel create(SourceModel src, String slug, String origin) {
        LanguageModel m = new LanguageModel();
        m.slug = slug;
        m.origin = origin;
        m.name = src.name().length() > 200 ? src.name().substring(0, 200) : src.name();
        m.parameters = src.parameters();
        m.activeParameters = src.activeParameters();
        m.trainingTokens = src.trainingTokens();
        fill(m, src);
        // A released model is publicly usable (the markdown set's "Public"), whatever its weights.
        m.access = m.releaseDate != null ? Access.PUBLIC : Access.UNKNOWN;
        return m;
    }

    /** The fields the model lacks and the record gives; never overwrites what the model has. */
    static void fill(LanguageModel m, SourceModel src) {
        if (m.releaseDate == null && src.released() != null) {
            m.releaseDate = src.released();
            m.releasePrecision = src.releasePrecision();
            m.released = released(src.released(), src.releasePrecision());
        } else if (src.released() != null && src.releasePrecision() == DatePrecision.DAY) {
            // A day refines a month it falls within; a day in another month is a disagreement and the month stays.
            ReleaseDate refined = new ReleaseDate(m.releaseDate, m.releasePrecision).refinedBy(src.released());
            m.releaseDate = refined.date();
            m.releasePrecision = refined.precision();
        }
        m.openWeights = m.openWeights == null ? src.openWeights() : m.openWeights;
        m.contextWindow = m.contextWindow == null ? src.contextWindow() : m.contextWindow;
        m.maxOutput = m.maxOutput == null ? src.maxOutput() : m.maxOutput;
        m.knowledgeCutoff = m.knowledgeCutoff == null && src.knowledgeCutoff() != null && src.knowledgeCutoff().length() <= 10
                ? src.knowledgeCutoff() : m.knowledgeCutoff;
        m.reasoning = m.reasoning == null ? src.reasoning() : m.reasoning;
        m.inputModalities = m.inputModalities == null ? src.inputModalities() : m.inputModalities;
        m.parameters = m.parameters == null ? src.parameters() : m.parameters;
        m.activeParameters = m.activeParameters == null ? src.activeParameters() : m.activeParameters;
        m.trainingTokens = m.trainingTokens == null ? src.trainingTokens() : m.trainingTokens;
    }

    /** The release as the markdown set writes it: {@code 2025-01-20}, {@code May/2024}, {@code 2024}. */
    static String released(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + "/" + date.getYear();
            case YEAR -> Integer.toString(date.getYear());
            case UNKNOWN -> null;
        };
    }

    /** Where the record disagrees with what the model already has: a release a month apart, parameters 10% apart. */
    static List<String> disagreements(LanguageModel m, SourceModel src, String origin) {
        List<String> out = new ArrayList<>();
        if (m.releaseDate != null && src.released() != null && m.releasePrecision == DatePrecision.DAY
                && src.releasePrecision() == DatePrecision.DAY && Math.abs(ChronoUnit.DAYS.between(m.releaseDate, src.released())) > 31) {
            out.add(m.slug + ": " + origin + " says released " + src.released() + ", the model has " + m.releaseDate);
        }
        if (m.parameters != null && src.parameters() != null && Math.abs(m.parameters - src.parameters()) > 0.1 * m.parameters) {
            out.add(m.slug + ": " + origin + " says " + src.parameters() + " B parameters, the model has " + m.parameters + " B");
        }
        return out;
    }

    /** The record's figures as sourced facts of the model, so its page shows who says what. */
    static List<ModelFact> facts(LanguageModel m, SourceModel src, String origin, String citation) {
        List<ModelFact> out = new ArrayList<>();
        add(out, m, FactKind.PARAMETERS, src.parameters());
        add(out, m, FactKind.ACTIVE_PARAMETERS, src.activeParameters());
        add(out, m, FactKind.TRAINING_TOKENS, src.trainingTokens());
        add(out, m, FactKind.CONTEXT_WINDOW, src.contextWindow() == null ? null : src.contextWindow().doubleValue());
        out.forEach(f -> {
            f.origin = origin;
            f.sourceUrl = src.url() != null && src.url().length() <= 2000 ? src.url() : null;
            f.sourceCitation = citation;
        });
        return out;
    }

    private static void add(List<ModelFact> out, LanguageModel m, FactKind kind, Double value) {
        if (value != null) {
            ModelFact f = new ModelFact();
            f.model = m;
            f.fact = kind.slug();
            f.numericValue = value;
            f.unit = kind.defaultUnit();
            out.add(f);
        }
    }

    /** What decides whether a matched model changed. */
    static String describe(LanguageModel m) {
        return Objects.toString(m.releaseDate) + m.releasePrecision + m.openWeights + m.contextWindow + m.maxOutput + m.knowledgeCutoff
                + m.reasoning + m.parameters + m.activeParameters + m.trainingTokens + m.inputModalities;
    }
}
