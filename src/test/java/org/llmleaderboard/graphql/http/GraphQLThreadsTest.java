package org.llmleaderboard.graphql.http;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.event.InvokeInfo;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.core.Context;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.llmleaderboard.graphql.http.GraphQLOverHttpTest.GRAPHQL_RESPONSE;
import static org.llmleaderboard.graphql.http.GraphQLOverHttpTest.post;

/**
 * No GraphQL work on the event loop: the root resolver, the batch resolvers of nested lists and the fields resolved
 * after a batch load all run on a worker thread. Run from the event loop, the fields after a batch load had
 * blocked it for seconds at 100,000 models (BENCHMARKS.md, "Memory at scale").
 */
@QuarkusTest
class GraphQLThreadsTest {

    /**
     * Counts, by the kind of thread, SmallRye's resolver events: before each resolver, after each data fetch (where
     * graphql-java goes on with the fields below it) and after the execution (where the answer is complete). An
     * {@link EventingService} as the app's own {@code ResolverEvents} is (not CDI events, which are off), listed in the
     * tests' {@code META-INF/services}.
     */
    public static class ResolverThreads implements EventingService {
        static final AtomicInteger ON_EVENT_LOOP = new AtomicInteger();
        static final AtomicInteger ON_WORKER = new AtomicInteger();

        @Override
        public String getConfigKey() {
            return "leaderboard.graphql.resolver-events";
        }

        @Override
        public void beforeInvoke(InvokeInfo invoke) {
            count();
        }

        @Override
        public void afterDataFetch(io.smallrye.graphql.api.Context context) {
            count();
        }

        @Override
        public void afterExecute(io.smallrye.graphql.api.Context context) {
            count();
        }

        private static void count() {
            (Context.isOnEventLoopThread() ? ON_EVENT_LOOP : ON_WORKER).incrementAndGet();
        }
    }

    @Inject
    GraphQLResponseCache answers;

    @Test
    void shouldRunEveryResolverOfANestedQueryOffTheEventLoop() {
        answers.clear();   // the query runs, whatever ran before
        ResolverThreads.ON_EVENT_LOOP.set(0);
        ResolverThreads.ON_WORKER.set(0);
        post(GRAPHQL_RESPONSE, Map.of("query", "{ models(first: 10) { items { name aliases facts { fact } "
                + "scores { value benchmark { name } } lab { name modelCount models { name } } } } }"))
                .log().ifValidationFails()
                .statusCode(200)
                .body("data.models.items", hasSize(10));
        assertEquals(0, ResolverThreads.ON_EVENT_LOOP.get(), "GraphQL work done on the event loop");
        // at least the root resolver, its fetch and the execution: the events did fire
        assertTrue(ResolverThreads.ON_WORKER.get() >= 3, "events seen: " + ResolverThreads.ON_WORKER.get());
    }
}
