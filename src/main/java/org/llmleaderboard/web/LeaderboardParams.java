package org.llmleaderboard.web;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import org.llmleaderboard.query.AsOf;
import org.llmleaderboard.web.view.LeaderboardState;
import org.llmleaderboard.web.view.LoadedRows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The public URL parameters of a leaderboard view (bookmarkable; see {@code LeaderboardState}). Control characters
 * are already gone ({@link ControlCharacters}). Values that are merely unknown are reported on the page
 * ({@link UnknownValues}); values of the wrong form are refused with the 400 page ({@link #requireWellFormed}).
 */
public class LeaderboardParams extends FilterParams {

    @QueryParam("sort")
    public String sort;

    @QueryParam("dir")
    public String dir;

    @QueryParam("page")
    public String page;

    /** Benchmark columns to show (slugs, repeated); the default four when none. */
    @QueryParam("col")
    public List<String> cols;

    /** {@code open}, {@code closed}, {@code unknown}. */
    @QueryParam("weights")
    public List<String> weights;

    /** Licence ids, e.g. {@code mit}. */
    @QueryParam("licence")
    public List<String> licences;

    /** {@code only}: family and standalone models, no variants. */
    @QueryParam("families")
    public String families;

    /** The leaderboard as of this date, {@code YYYY-MM-DD} ({@code query.AsOf}); none for today. */
    @QueryParam("asOf")
    public String asOf;

    /** The cheapest offering's input price at most, US dollars per million tokens ({@code maxPrice=1.5}). */
    @QueryParam("maxPrice")
    public String maxPrice;

    /** The context window at least, in tokens ({@code minContext=128000}). */
    @QueryParam("minContext")
    public String minContext;

    /** Pages of rows appended after {@code page} by "Show 100 more" ({@code more=2}: three pages), 0 to 4 ({@code LoadedRows}). */
    @QueryParam("more")
    public String more;

    /** htmx's target: the "more" row asks for the last page of {@code more} alone, to append it. */
    @HeaderParam(Htmx.TARGET)
    public String target;

    /**
     * Refuses what cannot be read at all, with the 400 page: a {@code page} that is not a whole number from 1 to
     * {@value LeaderboardState#MAX_PAGE}, a {@code dir} other than {@code asc}/{@code desc}, a {@code families}
     * other than {@code only}, a search longer than the search box allows. (A lab that does not exist is not
     * malformed: it is reported on the page, which shows all labs.)
     *
     * @param basePath the page without parameters, for the error page's link back
     */
    public void requireWellFormed(String basePath) {
        if (q != null && q.strip().length() > LeaderboardState.MAX_QUERY_LENGTH) {
            throw new BadParameterException("q", "Your search is " + q.strip().length() + " characters long; a search may be at most "
                    + LeaderboardState.MAX_QUERY_LENGTH + " characters. Use fewer words.", basePath);
        }
        if (page != null && !page.isBlank() && LeaderboardState.pageNumber(page).isEmpty()) {
            throw new BadParameterException("page", "'" + shorten(page) + "' is not a page number: use a whole number from 1 to "
                    + LeaderboardState.MAX_PAGE + " (page=2 shows rows 101 to 200).", basePath);
        }
        if (dir != null && !dir.isBlank() && !List.of("asc", "desc").contains(dir.trim().toLowerCase(Locale.ROOT))) {
            throw new BadParameterException("dir", "The sort direction must be asc or desc, not '" + shorten(dir) + "'.", basePath);
        }
        if (families != null && !families.isBlank() && !families.trim().equalsIgnoreCase("only")) {
            throw new BadParameterException("families", "families can only be 'only' (hide variants), not '" + shorten(families) + "'.", basePath);
        }
        requireDate("asOf", asOf, basePath);
        if (LoadedRows.parse(more).isEmpty()) {
            throw new BadParameterException("more", "more is the number of pages of rows shown after the first, a whole number from 0 to "
                    + LoadedRows.MAX_MORE + " (more=2 shows 300 rows), not '" + shorten(more) + "'.", basePath);
        }
        if (org.llmleaderboard.web.view.StateValues.price(maxPrice) == null && maxPrice != null && !maxPrice.isBlank()) {
            throw new BadParameterException("maxPrice", "maxPrice is US dollars per million input tokens, a number from 0 to 1,000,000 "
                    + "(maxPrice=1.5), not '" + shorten(maxPrice) + "'.", basePath);
        }
        if (org.llmleaderboard.web.view.StateValues.tokens(minContext) == null && minContext != null && !minContext.isBlank()) {
            throw new BadParameterException("minContext", "minContext is a number of tokens from 0 to 1,000,000,000 (minContext=128000), not '"
                    + shorten(minContext) + "'.", basePath);
        }
        org.llmleaderboard.web.view.TraitValues.Problem trait = org.llmleaderboard.web.view.TraitValues.problem(traitValues());
        if (trait != null) {
            throw new BadParameterException(trait.param(), trait.message(), basePath);
        }
    }

    /**
     * Refuses a date parameter that is no {@code YYYY-MM-DD} date, or one before {@link AsOf#EARLIEST} or after today
     * (refused rather than clamped, so that a URL shows what it says); blank is none.
     */
    static void requireDate(String name, String value, String basePath) {
        if (value == null || value.isBlank()) {
            return;
        }
        LocalDate date = AsOf.parse(value).orElseThrow(() -> new BadParameterException(name, AsOf.malformed(value), basePath));
        String problem = AsOf.problem(date, AsOf.today());
        if (problem != null) {
            throw new BadParameterException(name, problem, basePath);
        }
    }

    /** {@code sort}, {@code dir} and {@code page} as given. */
    LeaderboardState.RawOrder order() {
        return new LeaderboardState.RawOrder(sort, dir, page);
    }

    /** The rows to show: all loaded pages, or for the "more" row's htmx request the last one alone. */
    LoadedRows loaded(boolean fragment) {
        return new LoadedRows(LoadedRows.parse(more).orElse(0), fragment && Htmx.MORE_ROW.equals(target));
    }

    /** The search and the filters as given. */
    LeaderboardState.Filters filters() {
        return new LeaderboardState.Filters(q, labs, archs, access, tags, bands);
    }

    /** Weights, licences and families as given. */
    LeaderboardState.RawScope scope() {
        return new LeaderboardState.RawScope(weights, licences, families, asOf, maxPrice, minContext, traitValues());
    }

    /** A value as echoed in a message: at most 40 characters. */
    static String shorten(String value) {
        String v = value.strip();
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
