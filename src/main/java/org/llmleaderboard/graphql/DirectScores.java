package org.llmleaderboard.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import org.llmleaderboard.service.read.ModelSummary;

/**
 * {@code LanguageModel.score(benchmark:)} answered straight from the model's headline scores when the benchmark is
 * known. Through SmallRye each call looked its bean up in CDI, built a context for the field (its path as text, its
 * selected fields, a copy of the request's) and invoked the resolver by reflection: a page of 100 models with four
 * score columns made 400 such calls, about a quarter of an uncached request's allocations (BENCHMARKS.md, "Issue 18:
 * fourth pass"). An unknown benchmark goes to SmallRye's resolver, which reports it as {@code UNKNOWN_BENCHMARK}.
 */
public final class DirectScores {

    private DirectScores() {
    }

    /** Puts the direct fetcher in front of SmallRye's for the {@code score} field of {@code LanguageModel}. */
    public static void register(GraphQLObjectType model, GraphQLCodeRegistry.Builder registry) {
        if (model == null || model.getFieldDefinition("score") == null) {
            return;
        }
        FieldCoordinates score = FieldCoordinates.coordinates(model, model.getFieldDefinition("score"));
        DataFetcher<?> smallRye = registry.getDataFetcher(score, model.getFieldDefinition("score"));
        registry.dataFetcher(score, new Known(smallRye));
    }

    private record Known(DataFetcher<?> smallRye) implements DataFetcher<Object>, DirectField {

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object known = read(environment.getSource(), environment);
            return known == NOT_DIRECT ? smallRye.get(environment) : known;
        }

        @Override
        public Object read(Object source, DataFetchingEnvironment field) {
            String benchmark = field.getArgument("benchmark");
            if (source instanceof ModelSummary model && benchmark != null && LanguageModelGraphQLApi.knows(model, benchmark)) {
                return LanguageModelGraphQLApi.headline(model, benchmark);
            }
            return NOT_DIRECT;
        }
    }
}
