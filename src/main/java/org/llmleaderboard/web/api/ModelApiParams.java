package org.llmleaderboard.web.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.llmleaderboard.query.AsOf;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.query.ModelCriteria;
import org.llmleaderboard.query.ModelScope;
import org.llmleaderboard.query.ModelSortField;
import org.llmleaderboard.query.PageRequest;
import org.llmleaderboard.query.SortDirection;
import org.llmleaderboard.query.SortOrder;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.web.view.StateValues;
import org.llmleaderboard.web.view.TraitValues;

import java.util.List;
import java.util.Set;

/** The JSON API's parameters: the leaderboard URL's filters, sort and {@code asOf}, plus {@code first} and {@code offset}. */
public class ModelApiParams extends org.llmleaderboard.web.FilterParams {

    @QueryParam("sort")
    @DefaultValue("alscore")
    public String sort;

    @QueryParam("dir")
    @DefaultValue("desc")
    public String dir;

    @QueryParam("first")
    @DefaultValue("50")
    public String first;

    @QueryParam("offset")
    @DefaultValue("0")
    public String offset;

    /** As of this date, {@code YYYY-MM-DD} ({@code query.AsOf}); none (or blank) for today. */
    @QueryParam("asOf")
    public String asOf;

    /** {@code open}, {@code closed}, {@code unknown}, as on the leaderboard's URL. */
    @QueryParam("weights")
    public List<String> weights;

    /** The cheapest input price at most and the context window at least, as on the leaderboard's URL. */
    @QueryParam("maxPrice")
    public String maxPrice;

    @QueryParam("minContext")
    public String minContext;

    /** The query as asked, before the read service checks its values; malformed numbers and directions are refused here. */
    LeaderboardQuery toQuery() throws InvalidArgumentException {
        ModelSortField field = ModelSortField.fromParam(sort).orElse(ModelSortField.BENCHMARK);
        SortDirection direction = switch (dir) {
            case "asc" -> SortDirection.ASC;
            case "desc" -> SortDirection.DESC;
            default -> throw new InvalidArgumentException("dir", "`dir` must be asc or desc, was '" + dir + "'.");
        };
        ModelScope scope = new ModelScope(weights == null ? Set.of() : Set.copyOf(weights), Set.of(), false,
                asOf == null || asOf.isBlank() ? null
                        : AsOf.parse(asOf).orElseThrow(() -> new InvalidArgumentException("asOf", AsOf.malformed(asOf))),
                new ModelScope.Serving(number("maxPrice", maxPrice, StateValues::price), number("minContext", minContext, StateValues::tokens)));
        TraitValues.Problem trait = TraitValues.problem(traitValues());
        if (trait != null) {
            throw new InvalidArgumentException(trait.param(), trait.message());
        }
        scope = scope.withTraits(TraitValues.parse(traitValues()));
        return new LeaderboardQuery(ModelCriteria.of(q, labs, archs, access, tags, bands), scope,
                SortOrder.of(field, field == ModelSortField.BENCHMARK ? sort : null, direction),
                new PageRequest(integer("first", first), integer("offset", offset)));
    }

    /** A number as the leaderboard's URL reads it; null when not given, refused when malformed or out of range. */
    private static <T> T number(String name, String value, java.util.function.Function<String, T> parse) throws InvalidArgumentException {
        if (value == null || value.isBlank()) {
            return null;
        }
        T v = parse.apply(value);
        if (v == null) {
            throw new InvalidArgumentException(name, "`" + name + "` must be a number in range (maxPrice: 0 to 1,000,000 dollars; "
                    + "minContext: 0 to 1,000,000,000 tokens), was '" + value + "'.");
        }
        return v;
    }

    private static int integer(String name, String value) throws InvalidArgumentException {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException(name, "`" + name + "` must be a whole number, was '" + value + "'.");
        }
    }
}
