package org.llmleaderboard.graphql.http;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.cdi.event.AfterDataFetch;
import io.smallrye.graphql.cdi.event.AfterExecute;
import io.smallrye.graphql.execution.event.InvokeInfo;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
     * Counts, by the kind of thread, SmallRye's events: before each resolver, after each data fetch (where
     * graphql-java goes on with the fields below it) and after the execution (where the answer is complete).
     */
    @ApplicationScoped
    static class ResolverThreads {
        static final AtomicInteger ON_EVENT_LOOP = new AtomicInteger();
        static final AtomicInteger ON_WORKER = new AtomicInteger();

        void beforeInvoke(@Observes InvokeInfo invoke) {
            count();
        }

        void afterDataFetch(@Observes @AfterDataFetch io.smallrye.graphql.api.Context context) {
            count();
        }

        void afterExecute(@Observes @AfterExecute io.smallrye.graphql.api.Context context) {
            count();
        }

        private static void count() {
            (Context.isOnEventLoopThread() ? ON_EVENT_LOOP : ON_WORKER).incrementAndGet();
        }
    }

    @Test
    void shouldRunEveryResolverOfANestedQueryOffTheEventLoop() {
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
