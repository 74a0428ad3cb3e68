package org.llmleaderboard.graphql.input;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import org.llmleaderboard.query.ModelTraits;

import java.time.LocalDate;
import java.util.List;

/**
 * A class, not a record: SmallRye GraphQL 2.17 turns {@code List<@NonNull String>} record components
 * into required arguments ({@code [String!]!}).
 */
@Input("ModelFilter")
@Description("Filters combine with AND; the values of one filter combine with OR")
public class ModelFilter {

    @Description("Matches model, variant, alias and lab names word by word, ignoring case, accents, spaces and punctuation and one typo in a word of five letters or more; exact and prefix matches first")
    public String search;

    @Description("Lab slugs, e.g. `openai`")
    public List<@NonNull String> labs;

    @Description("Architectures: dense, moe, hybrid, matformer, coe, compound, unknown (any case)")
    public List<@NonNull String> architectures;

    @Description("Access: public, private, unknown (any case)")
    public List<@NonNull String> access;

    @Description("Tags, any case, e.g. `reasoning`")
    public List<@NonNull String> tags;

    @Description("ALScore bands: lightweight, mid-tier, powerful, very-powerful, extremely-powerful")
    public List<@NonNull String> alScoreBands;

    @Description("Weights: open, closed, unknown (open weights are derived from the licence and the weights link; not the same as Public access)")
    public List<@NonNull String> weights;

    @Description("Licence ids, e.g. `mit`, `apache_2_0`, `proprietary`")
    public List<@NonNull String> licences;

    @Description("Only family models and standalone models: variants (e.g. \"Gemma 3 12B\" of \"Gemma 3\") are left out")
    public Boolean familiesOnly;

    @Description("The leaderboard as of this date, `YYYY-MM-DD` from 2018-01-01 to today (UTC; other dates are refused with "
            + "BAD_USER_INPUT): only models released by then, and only scores dated by then (a score without a date takes its "
            + "model's release date); models without a release date are left out. Omit it for today's leaderboard")
    public String asOf;

    @Description("Only models whose cheapest offering costs at most this much per million input tokens (US dollars)")
    public Double maxInputPrice;

    @Description("Only models whose context window is at least this many tokens")
    public Integer minContextWindow;

    @Description("Only models with at least this many parameters, in billions (models without a count are left out)")
    public Double minParameters;

    @Description("Only models with at most this many parameters, in billions (models without a count are left out)")
    public Double maxParameters;

    @Description("Only models with at least this many active parameters, in billions")
    public Double minActiveParameters;

    @Description("Only models with at most this many active parameters, in billions")
    public Double maxActiveParameters;

    @Description("Only models released on or after this day, `YYYY-MM-DD` (a month-precise release counts from the first of its month)")
    public String releasedAfter;

    @Description("Only models that take any of these in: text, image, audio, video (as models.dev says; models it does not list are left out)")
    public List<@NonNull String> modalities;

    @Description("true: only reasoning (\"thinking\") models; false: only models a source says do not reason")
    public Boolean reasoning;

    @Description("true: only models whose licence allows commercial use (an allow-list of licence ids, see /about/ranking#commercial); "
            + "false: only models with a known licence not on it")
    public Boolean commercial;

    /** The model's traits as given; the read service checks them. */
    @org.eclipse.microprofile.graphql.Ignore
    public ModelTraits traits(LocalDate releasedAfterDay) {
        return ModelTraits.of(new ModelTraits.Range(minParameters, maxParameters),
                new ModelTraits.Range(minActiveParameters, maxActiveParameters), releasedAfterDay, modalities, reasoning, commercial);
    }
}
