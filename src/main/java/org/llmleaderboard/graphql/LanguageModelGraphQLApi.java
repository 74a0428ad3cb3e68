package org.llmleaderboard.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.graphql.api.Context;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.llmleaderboard.graphql.input.ModelFilter;
import org.llmleaderboard.graphql.input.ModelSort;
import org.llmleaderboard.service.read.ChangeEntry;
import org.llmleaderboard.service.read.FactEntry;
import org.llmleaderboard.service.read.OfferingEntry;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.ModelPage;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.read.LeaderboardService;
import org.llmleaderboard.service.UnknownBenchmarkException;
import org.llmleaderboard.query.AsOf;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.query.ModelCriteria;
import org.llmleaderboard.query.ModelScope;
import org.llmleaderboard.query.PageRequest;
import org.llmleaderboard.query.SortOrder;
import org.llmleaderboard.service.read.ModelRelationsService;
import org.llmleaderboard.service.read.QueryFactory;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

@GraphQLApi
public class LanguageModelGraphQLApi {

    private final LeaderboardService leaderboard;
    private final ModelRelationsService relations;
    private final QueryFactory queries;
    private final BenchmarkRankings loaded;
    private final Context context;

    LanguageModelGraphQLApi(LeaderboardService leaderboard, ModelRelationsService relations, QueryFactory queries,
            BenchmarkRankings loaded, Context context) {
        this.context = context;
        this.leaderboard = leaderboard;
        this.relations = relations;
        this.queries = queries;
        this.loaded = loaded;
    }

    @Query("models")
    @Description("Models, filtered, sorted and paged. Missing values sort last in both directions; ties break by name. `first` is at most 500.")
    public @NonNull ModelPage models(ModelFilter filter, ModelSort sort,
            @DefaultValue("50") int first, @DefaultValue("0") int offset,
            @Name("asOf") @Description("The leaderboard as of this date (`YYYY-MM-DD`): the models released and the scores published by "
                    + "then; the same as `filter.asOf`, which it overrides") String asOf) throws InvalidArgumentException {
        // Omitted input objects arrive as null even though the schema declares defaults: apply them here.
        ModelFilter f = filter == null ? new ModelFilter() : filter;
        if (asOf != null) {
            f.asOf = asOf;
        }
        LeaderboardQuery query = queries.validate(new LeaderboardQuery(criteria(f), scope(f),
                sort == null ? SortOrder.DEFAULT : SortOrder.of(sort.field(), sort.benchmark(), sort.direction()),
                new PageRequest(first, offset)));
        // Each model's score list only when the query selects it: reading every score of a page's models was most of
        // the query's time, and score(benchmark:) needs the headlines alone.
        boolean scoreLists = context.unwrap(DataFetchingEnvironment.class).getSelectionSet().contains("items/scores");
        ModelPage page = scoreLists ? leaderboard.page(query) : leaderboard.headlinePage(query);
        if (scoreLists) {
            // Only whole models stand in for a ranking's Score.model, which may select its score list.
            loaded.remember(page.items());
        }
        return page;
    }

    private static ModelCriteria criteria(ModelFilter f) {
        return ModelCriteria.of(f.search, f.labs, f.architectures, f.access, f.tags, f.alScoreBands);
    }

    private static ModelScope scope(ModelFilter f) throws InvalidArgumentException {
        return new ModelScope(set(f.weights), set(f.licences), Boolean.TRUE.equals(f.familiesOnly), asOf("filter.asOf", f.asOf),
                new ModelScope.Serving(f.maxInputPrice, f.minContextWindow), f.traits(asOf("filter.releasedAfter", f.releasedAfter)));
    }

    /** A date argument ({@code asOf}) as a date, checked by the read service; null when not given. */
    static LocalDate asOf(String argument, String text) throws InvalidArgumentException {
        if (text == null) {
            return null;
        }
        return AsOf.parse(text).orElseThrow(() -> new InvalidArgumentException(argument, AsOf.malformed(text)));
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }

    @Query("model")
    @Description("One model by its slug, e.g. `deepseek-ai/deepseek-r2`, or by one of its aliases (an llm-stats id or path such as `deepseek/deepseek-r1-0528`, or the old slug of a model merged into it); a variant answers as itself, with `variantOf`")
    public ModelSummary model(@NonNull String slug) {
        return leaderboard.canonicalModelSlug(slug).flatMap(leaderboard::model).orElse(null);
    }

    @Name("aliases")
    @Description("Other names of the model: its ids and paths in other sources; each resolves to it")
    public @NonNull List<@NonNull List<@NonNull String>> aliases(@Source List<ModelSummary> models) {
        return relations.aliases(models);
    }

    @Name("variants")
    @Description("The model's variants (dated API snapshots, instruct/base, reasoning settings), each with its own scores; by name. A variant is no row of `models`")
    public @NonNull List<@NonNull List<@NonNull ModelSummary>> variants(@Source List<ModelSummary> models) {
        return leaderboard.variantsOf(models);
    }

    @Name("facts")
    @Description("Sourced facts: active parameters, layers, experts, attention, context window, training hardware, GPU hours, downloads")
    public @NonNull List<@NonNull List<@NonNull FactEntry>> facts(@Source List<ModelSummary> models) {
        return relations.facts(models);
    }

    @Name("offerings")
    @Description("Providers serving the model, with prices per million tokens, context window and maximum output; cheapest input first")
    public @NonNull List<@NonNull List<@NonNull OfferingEntry>> offerings(@Source List<ModelSummary> models) {
        return relations.offerings(models);
    }

    /**
     * Answered from the headline scores loaded with the model: no SQL, and correct under aliases
     * ({@code a: score(benchmark:"mmlu") b: score(benchmark:"gpqa")}), which a batched resolver with an
     * argument is not in SmallRye GraphQL 2.17. A known benchmark's score is answered by {@link DirectScores}, without
     * SmallRye's per-call work; this method answers the rest (an unknown benchmark's error) and documents the field.
     */
    // Runs where it is called: dispatching 400 trivial look-ups to the worker pool dominated the query's cost.
    @NonBlocking
    @Name("score")
    @Description("The model's headline score on a benchmark (slug, e.g. `gpqa`); null when it has none")
    public Double score(@Source ModelSummary model, @NonNull @Name("benchmark") String benchmark)
            throws UnknownBenchmarkException {
        if (!knows(model, benchmark)) {
            throw new UnknownBenchmarkException("benchmark", benchmark);
        }
        return headline(model, benchmark);
    }

    /** Whether {@code benchmark} names a benchmark (any case, spaces around); {@link DirectScores} asks it too. */
    static boolean knows(ModelSummary model, String benchmark) {
        return model.knownBenchmarks().contains(slugOf(benchmark));
    }

    static Double headline(ModelSummary model, String benchmark) {
        return model.headlineScores().get(slugOf(benchmark));
    }

    private static String slugOf(String benchmark) {
        return benchmark.trim().toLowerCase(Locale.ROOT);
    }

    @Name("history")
    @Description("The model's change log (its own changes and its scores'), newest first")
    public @NonNull List<@NonNull List<@NonNull ChangeEntry>> history(@Source List<ModelSummary> models) {
        return relations.histories(models);
    }
}
