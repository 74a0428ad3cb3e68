package org.llmleaderboard.web.view;

import org.llmleaderboard.service.read.ModelSummary;

import java.util.List;
import java.util.Locale;

/** One leaderboard row, formatted for reading; {@code variantCount} variants unfold below it ({@code variantsHref}). */
public record LeaderboardRow(int rank, String name, String href, String labName, String labHref, String architecture,
        String parameters, String activeParameters, String tokens, String ratio, String trainingCategory, String alScore,
        String band, String bandSlug, String context, String price, List<String> scores, String released, String access, String accessSlug,
        List<String> headlineTags, int variantCount, String variantsHref) {

    public static LeaderboardRow from(int rank, ModelSummary m, List<String> benchmarkSlugs) {
        String bandSlug = m.alScoreBand() == null ? null : m.alScoreBand().toLowerCase(Locale.ROOT).replace(' ', '-');
        return new LeaderboardRow(rank, m.name(), Format.modelHref(m.slug()), m.lab().name(), Format.labHref(m.lab().slug()),
                m.architecture(), Format.billions(m.parameters()), Format.billions(m.activeParameters()),
                Format.tokens(m.trainingTokens()), Format.ratio(m.tokenParamRatio()), m.trainingCategory(),
                Format.decimal(m.alScore()), m.alScoreBand(), bandSlug, Format.contextWindow(m.contextWindow()),
                m.inputPrice() == null ? "–" : Format.price(m.inputPrice()) + " · " + Format.price(m.outputPrice()),
                benchmarkSlugs.stream().map(b -> Format.score(m.headlineScores().get(b))).toList(),
                Format.released(m.releaseDate(), m.releasePrecision(), m.released()), m.access(), m.access().toLowerCase(Locale.ROOT),
                m.headlineTags(), m.variantCount(), Format.modelHref(m.slug()) + "/variants");
    }
}
