package org.llmleaderboard.graphql.http;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.event.InvokeInfo;
import io.smallrye.graphql.spi.EventingService;

/**
 * SmallRye GraphQL's resolver events, handled by direct calls: the time limit ({@link GraphQLDeadline}) and the
 * resolver timings ({@link ResolverTimings}); and, before the schema is built, how it is executed
 * ({@link SchemaExecution}, {@link DirectLists}). They were CDI observers ({@code quarkus.smallrye-graphql.events.enabled}),
 * but SmallRye fires each event through {@code BeanManager.getEvent().select(…)}, which resolves the observers anew
 * every time: about a quarter of the CPU of an uncached page of 100 models with four scores each (one event pair per
 * resolver call, 400 of them), all of it type matching. Found by {@code ServiceLoader}
 * ({@code META-INF/services/io.smallrye.graphql.spi.EventingService}; Quarkus registers every provider of it for a
 * native image), on while {@code leaderboard.graphql.resolver-events} is true.
 */
public class ResolverEvents implements EventingService {

    @Override
    public String getConfigKey() {
        return "leaderboard.graphql.resolver-events";
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        return SchemaExecution.tuned(builder);
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return builder.queryExecutionStrategy(new DirectLists());
    }

    @Override
    public void beforeDataFetch(Context context) {
        ResolverTimings.before(context);
    }

    @Override
    public void beforeInvoke(InvokeInfo invokeInfo) {
        GraphQLDeadline.check();
    }

    @Override
    public void afterDataFetch(Context context) {
        ResolverTimings.after(context);
    }

    @Override
    public void afterExecute(Context context) {
        ResolverTimings.executed();
    }
}
