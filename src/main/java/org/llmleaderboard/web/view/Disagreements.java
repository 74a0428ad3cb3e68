package org.llmleaderboard.web.view;

import org.llmleaderboard.domain.DatePrecision;
import org.llmleaderboard.domain.FactHeadline;
import org.llmleaderboard.domain.FactKind;
import org.llmleaderboard.domain.ReleaseDate;
import org.llmleaderboard.service.read.FactEntry;
import org.llmleaderboard.service.read.ModelSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a model's sources disagree, for its page: the headline value (the model's own, chosen by {@link FactHeadline})
 * with its source, and each other source's value with its own. Values that agree are not listed.
 */
public final class Disagreements {

    /** How the model's own values are cited, by the data set that made the model ({@code origin}). */
    static final String MARKDOWN_SET = "markdown set (LifeArchitect.ai Models Table)";
    static final String LLM_STATS = "llm-stats";

    /** One disagreement: the value shown and where it comes from, and a value another source gives. */
    public record Row(String fact, String shown, String shownSource, String other, String otherSource, String otherUrl) {
    }

    private Disagreements() {
    }

    public static List<Row> of(ModelSummary m, List<FactEntry> facts) {
        List<Row> rows = new ArrayList<>();
        String own = "llm-stats".equals(m.origin()) ? LLM_STATS : MARKDOWN_SET;
        figure(rows, FactKind.PARAMETERS, m.parameters(), own, facts);
        figure(rows, FactKind.ACTIVE_PARAMETERS, m.activeParameters(), own, facts);
        figure(rows, FactKind.TRAINING_TOKENS, m.trainingTokens(), own, facts);
        ReleaseDate shown = new ReleaseDate(m.releaseDate(), m.releasePrecision());
        if (m.releasedOn() != null && m.releaseDate() != null && !shown.agreesWith(m.releasedOn())) {
            rows.add(new Row("Release date", shown.display(), own, ReleaseDate.display(m.releasedOn(), DatePrecision.DAY), LLM_STATS,
                    null));
        }
        return rows;
    }

    private static void figure(List<Row> rows, FactKind kind, Double value, String own, List<FactEntry> facts) {
        if (value == null) {
            return;
        }
        String shownSource = own;
        for (FactEntry f : facts) {
            if (f.fact().equals(kind.slug()) && f.value() != null && !FactHeadline.disagree(value, f.value())
                    && !own.equals(source(f))) {
                shownSource = own + ", " + source(f); // filled from, or confirmed by, this source
            }
        }
        for (FactEntry f : facts) {
            if (f.fact().equals(kind.slug()) && FactHeadline.disagree(value, f.value())) {
                rows.add(new Row(kind.label(), text(kind, value), shownSource, text(kind, f.value()), source(f), f.sourceUrl()));
            }
        }
    }

    private static String source(FactEntry f) {
        return f.origin() == null ? (f.citation() == null ? "–" : f.citation()) : f.origin();
    }

    private static String text(FactKind kind, Double value) {
        return kind == FactKind.TRAINING_TOKENS ? Format.tokens(value) : Format.billions(value);
    }
}
