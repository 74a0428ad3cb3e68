package org.llmleaderboard.web.view;

import org.llmleaderboard.service.read.CapabilityInfo;
import org.llmleaderboard.service.read.ModelSummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One leaderboard row, formatted for reading; {@code variantCount} variants unfold below it ({@code variantsHref}).
 * {@code capability} reads "72.4 · 5/8" (score · coverage of the set), {@code lowCoverage} marks a score over too few
 * benchmarks, and {@code fresh} a model released in the data's last {@value #NEW_DAYS} days.
 */
public record LeaderboardRow(int rank, String name, String href, String labName, String labHref, String architecture,
        String parameters, String activeParameters, String tokens, String ratio, String trainingCategory, String alScore,
        String band, String bandSlug, String context, String price, List<String> scores, String released, String access, String accessSlug,
        List<String> headlineTags, int variantCount, String variantsHref, String capability, boolean lowCoverage, boolean fresh) {

    /** "New" is a release within this many days of the newest release in the data (not of today: stable for tests and mirrors). */
    public static final int NEW_DAYS = 30;

    public static LeaderboardRow from(int rank, ModelSummary m, List<String> benchmarkSlugs) {
        return from(rank, m, benchmarkSlugs, null);
    }

    /** @param newest the newest release date in the data; null for no "new" badges */
    public static LeaderboardRow from(int rank, ModelSummary m, List<String> benchmarkSlugs, LocalDate newest) {
        String bandSlug = m.alScoreBand() == null ? null : m.alScoreBand().toLowerCase(Locale.ROOT).replace(' ', '-');
        CapabilityInfo c = m.capability();
        return new LeaderboardRow(rank, m.name(), Format.modelHref(m.slug()), m.lab().name(), Format.labHref(m.lab().slug()),
                m.architecture(), Format.billions(m.parameters()), Format.billions(m.activeParameters()),
                Format.tokens(m.trainingTokens()), Format.ratio(m.tokenParamRatio()), m.trainingCategory(),
                Format.decimal(m.alScore()), m.alScoreBand(), bandSlug, Format.contextWindow(m.contextWindow()),
                m.inputPrice() == null ? "–" : Format.price(m.inputPrice()) + " · " + Format.price(m.outputPrice()),
                benchmarkSlugs.stream().map(b -> Format.score(m.headlineScores().get(b))).toList(),
                Format.released(m.releaseDate(), m.releasePrecision(), m.released()), m.access(), m.access().toLowerCase(Locale.ROOT),
                m.headlineTags(), m.variantCount(), Format.modelHref(m.slug()) + "/variants",
                c == null ? "–" : String.format(Locale.ROOT, "%.1f", c.score()) + " · " + c.coverage() + "/" + c.of(), c != null && c.lowCoverage(),
                isNew(m.releaseDate(), newest));
    }

    /** Released within {@link #NEW_DAYS} days before the newest release in the data. */
    static boolean isNew(LocalDate released, LocalDate newest) {
        return released != null && newest != null && !released.isAfter(newest) && released.isAfter(newest.minusDays(NEW_DAYS));
    }
}
