package org.llmleaderboard.graphql.http;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLType;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.metrics.MetricsEmitter;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Times each operation's resolvers (the query's and mutation's own fields) for {@code mp_graphql_seconds}
 * ({@code quarkus.smallrye-graphql.metrics.enabled}). Not the resolvers below them: a page of 100 models asking four
 * scores started and ended 400 timers, each a meter look-up by tags, for a figure no dashboard reads (BENCHMARKS.md,
 * "Issue 18: fourth pass"). Quarkus
 * times a resolver only when it hands it to a worker thread itself; {@link GraphQLHttpHandler} runs the whole request
 * on one worker ({@code runBlocking}), where SmallRye calls resolvers directly and times none of them. The events
 * around each data fetch ({@link ResolverEvents}) fire on that one thread, so a per-thread map pairs each start with
 * its end. SmallRye fires no end event for a plain (not batched) resolver called directly: those are ended with the
 * execution, so their time includes the fields below them; so does a fetch that failed.
 */
final class ResolverTimings {

    private static final ThreadLocal<Map<Context, Long>> RUNNING = ThreadLocal.withInitial(IdentityHashMap::new);

    private ResolverTimings() {
    }

    static void before(Context context) {
        if (!isOperation(context)) {
            return;
        }
        Long id = MetricsEmitter.getInstance().start(context);
        if (id != null) {
            RUNNING.get().put(context, id);
        }
    }

    static void after(Context context) {
        Long id = RUNNING.get().remove(context);
        if (id != null) {
            MetricsEmitter.getInstance().end(id);
        }
    }

    private static boolean isOperation(Context context) {
        DataFetchingEnvironment fetch = context.unwrap(DataFetchingEnvironment.class);
        if (fetch == null) {
            return false;
        }
        GraphQLType parent = fetch.getParentType();
        return parent == fetch.getGraphQLSchema().getQueryType() || parent == fetch.getGraphQLSchema().getMutationType();
    }

    /** Ends what is still running (plain resolvers), so nothing outlives a request on a pooled thread. */
    static void executed() {
        Map<Context, Long> running = RUNNING.get();
        RUNNING.remove();
        running.values().forEach(MetricsEmitter.getInstance()::end);
    }
}
