package org.llmleaderboard.web.view;

import io.quarkus.qute.RawString;
import org.llmleaderboard.graphql.type.LanguageModelType;

import java.util.List;

/** Everything a model page shows, formatted. */
public record ModelView(
        LanguageModelType model,
        String labHref,
        String architectureHref,
        String parameters,
        String activeParameters,
        String tokens,
        String ratio,
        String alScore,
        String bandSlug,
        String formula,
        RawString notes,
        List<BenchmarkRow> benchmarks,
        List<ScoreRow> otherScores,
        List<RelatedRow> sameLab,
        List<RelatedRow> sameArchitecture,
        List<ChangeRow> history) {

    /** One change-log entry, newest first. */
    public record ChangeRow(String at, String actor, String what, String oldValue, String newValue, String reason) {
    }

    /** The headline score on one benchmark, with its rank among all models. */
    public record BenchmarkRow(String name, String href, String description, String unit, String score, String setting,
            String sourceUrl, String source, String date, Boolean selfReported, Integer rank, Integer rankedModels) {
    }

    /** A further (non-headline) score: another setting or source. */
    public record ScoreRow(String benchmark, String score, String setting, String sourceUrl, String source, String date) {
    }

    public record RelatedRow(String name, String href, String detail) {
    }
}
