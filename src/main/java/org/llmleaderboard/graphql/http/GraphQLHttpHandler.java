package org.llmleaderboard.graphql.http;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.JsonObject;
import org.jboss.logging.Logger;
import org.llmleaderboard.config.LeaderboardConfig;
import org.llmleaderboard.service.read.RelationSizeService;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code /graphql} as the GraphQL-over-HTTP specification asks, in front of SmallRye GraphQL's execution:
 * <ul>
 * <li>POST with {@code application/json} (415 otherwise), GET with the query string; a mutation over GET is a 405;</li>
 * <li>{@code application/graphql-response+json} when the client accepts it, else {@code application/json};</li>
 * <li>a body that is not JSON or has parameters of the wrong type is a 400; a document that does not parse or
 * validate is a 400 in {@code application/graphql-response+json} and, for older clients, a 200 in
 * {@code application/json}; its errors name the line and column;</li>
 * <li>every request is costed before it runs ({@link QueryCost}) and refused over the limit;</li>
 * <li>a running request is answered with an error at the time limit, and its remaining resolvers are not run;</li>
 * <li>every error has {@code extensions.code}.</li>
 * </ul>
 * It runs on a worker thread ({@link GraphQLRoute}) and tells SmallRye to run the resolvers on the same thread
 * ({@code runBlocking}), so none of the work lands on the event loop. The parse, validation and cost are bounded by
 * the size of the document (graphql-java's parser refuses more than 15,000 tokens) and the cost walk stops at the
 * limit.
 */
class GraphQLHttpHandler extends SmallRyeGraphQLAbstractHandler {

    static final String GRAPHQL_RESPONSE_JSON = HttpParts.GRAPHQL_RESPONSE_JSON;
    static final String JSON = HttpParts.JSON;
    /** The nanoTime after which resolvers are no longer run; see {@link GraphQLDeadline}. */
    static final String DEADLINE = "leaderboard.graphql.deadline";

    private static final Logger LOG = Logger.getLogger(GraphQLHttpHandler.class);

    private final GraphQLSchema schema;
    private final RelationSizeService sizes;
    private final LeaderboardConfig.Graphql limits;
    private final ExecutionBudget budget;
    private final GraphQLResponseCache cache;
    private final ParsedDocuments documents;

    GraphQLHttpHandler(CurrentIdentityAssociation identity, CurrentVertxRequest request, GraphQLSchema schema,
            RelationSizeService sizes, LeaderboardConfig.Graphql limits, GraphQLResponseCache cache) {
        super(identity, request, true);
        this.schema = schema;
        this.sizes = sizes;
        this.limits = limits;
        this.cache = cache;
        this.documents = new ParsedDocuments(schema);
        this.budget = new ExecutionBudget(limits.maxCostInFlight(), limits.maxWaiting());
    }

    @Override
    protected void doHandle(RoutingContext ctx) {
        String method = ctx.request().method().name();
        if (method.equals("OPTIONS")) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST, OPTIONS").setStatusCode(204).end();
            return;
        }
        if (!method.equals("GET") && !method.equals("POST")) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST, OPTIONS");
            reply(ctx, JSON, 405, GraphQLErrors.of("METHOD_NOT_ALLOWED", "Use POST (or GET for queries).", Map.of()));
            return;
        }
        String type = HttpParts.responseType(ctx);
        if (type == null) {
            reply(ctx, JSON, 406, GraphQLErrors.of("NOT_ACCEPTABLE",
                    "The answer is application/graphql-response+json or application/json; the Accept header allows neither.", Map.of()));
            return;
        }
        GraphQLRequest request;
        try {
            // Read already by CachedAnswers when it could look the request up.
            request = ctx.get(CachedAnswers.REQUEST);
            if (request == null) {
                request = method.equals("GET") ? GraphQLRequest.fromQueryString(HttpParts.queryParameters(ctx)) : fromBody(ctx, type);
            }
            if (request != null && request.query() == null) {   // not read by CachedAnswers, which resolves these
                throw new GraphQLRequest.Malformed("A persisted query could not be read: send the `query` too.");
            }
            if (request == null) {
                return;
            }
        } catch (GraphQLRequest.Malformed e) {
            reply(ctx, type, 400, GraphQLErrors.of("BAD_REQUEST", e.getMessage(), Map.of()));
            return;
        }
        Checked checked = check(request, method);
        Refusal refusal = checked.refusal();
        if (refusal != null) {
            if (refusal.status == 405) {
                ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            }
            // A document that does not parse, validate or fit: 400 for clients that read the newer media type;
            // 200 for application/json ones, which expect errors in a 200 (GraphQL over HTTP, "legacy watershed").
            reply(ctx, type, refusal.status != 0 ? refusal.status : type.equals(JSON) ? 200 : 400, refusal.errors);
            return;
        }
        execute(ctx, request, type, checked);
    }

    private GraphQLRequest fromBody(RoutingContext ctx, String type) throws GraphQLRequest.Malformed {
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (!HttpParts.jsonBody(ctx)) {
            reply(ctx, type, 415, GraphQLErrors.of("UNSUPPORTED_MEDIA_TYPE",
                    "Send the request as `Content-Type: application/json` (UTF-8)"
                            + (contentType == null ? "; the request has no Content-Type." : ", not `" + contentType + "`."),
                    Map.of()));
            return null;
        }
        if (ctx.body() == null || ctx.body().length() == 0) {
            throw new GraphQLRequest.Malformed("The request has no body: send {\"query\": \"{ … }\"}.");
        }
        if (ctx.body().length() > limits.maxRequestBytes()) {
            reply(ctx, type, 413, GraphQLErrors.of("REQUEST_TOO_LARGE", "The request is larger than "
                    + limits.maxRequestBytes() + " bytes.", Map.of("limit", limits.maxRequestBytes())));
            return null;
        }
        return GraphQLRequest.fromBody(ctx.body().asString(StandardCharsets.UTF_8.name()));
    }

    /** Errors to answer with instead of running the request; {@code status} 0 means "by media type". */
    private record Refusal(int status, JsonObject errors) {
        static Refusal of(JsonObject errors) {
            return new Refusal(0, errors);
        }
    }

    /** What {@link #check} found: a refusal to answer with, or the cost of the request to run and whether it is a query. */
    private record Checked(Refusal refusal, long cost, boolean query) {
        Checked(Refusal refusal) {
            this(refusal, 0, false);
        }
    }

    /** Parses, picks the operation, costs and validates. */
    private Checked check(GraphQLRequest request, String method) {
        ParsedDocuments.Parsed parsed = documents.parse(request.query());
        if (parsed.syntaxError() != null) {
            return new Checked(Refusal.of(GraphQLErrors.of("GRAPHQL_PARSE_FAILED", List.of(parsed.syntaxError()))));
        }
        Document document = parsed.document();
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        OperationDefinition operation = null;
        for (OperationDefinition candidate : operations) {
            if (request.operationName() == null ? operations.size() == 1 : request.operationName().equals(candidate.getName())) {
                operation = candidate;
            }
        }
        if (operation == null) {
            List<ValidationError> errors = documents.validate(request.query(), parsed);
            if (!errors.isEmpty()) {
                return new Checked(Refusal.of(GraphQLErrors.of("GRAPHQL_VALIDATION_FAILED", errors)));
            }
            String message = request.operationName() != null
                    ? "The document has no operation named `" + request.operationName() + "`."
                    : "The document has " + operations.size() + " operations: name the one to run in `operationName`.";
            return new Checked(Refusal.of(GraphQLErrors.of("OPERATION_RESOLUTION_FAILURE", message, Map.of())));
        }
        if (method.equals("GET") && operation.getOperation() != OperationDefinition.Operation.QUERY) {
            return new Checked(new Refusal(405, GraphQLErrors.of("METHOD_NOT_ALLOWED", "A " + operation.getOperation().name().toLowerCase(Locale.ROOT)
                    + " must be sent with POST; GET runs queries only.", Map.of())));
        }
        // Costed before validation: validation compares every pair of fields of a selection, so an alias bomb
        // would already be expensive there.
        long limit = limits.maxCost();
        long cost;
        try {
            cost = new QueryCost(schema, document, request.plainVariables(), sizes::largest, limit)
                    .maxDepth(limits.maxDepth()).of(operation);
        } catch (QueryCost.TooExpensive e) {
            String amount = e.cost == Long.MAX_VALUE ? "more than " + limit : "at least " + e.cost;
            return new Checked(Refusal.of(GraphQLErrors.of("QUERY_TOO_EXPENSIVE", "The query could produce " + amount + " values, more than the limit of "
                    + limit + ". Ask for fewer rows (`first`) or fewer nested lists.", Map.of("cost", e.cost, "limit", limit))));
        } catch (QueryCost.TooDeep e) {
            return new Checked(Refusal.of(GraphQLErrors.of("QUERY_TOO_DEEP", "The query nests fields " + e.depth + " deep, deeper than the limit of "
                    + limits.maxDepth() + ".", Map.of("depth", e.depth, "limit", limits.maxDepth()))));
        } catch (QueryCost.FragmentCycle e) {
            return new Checked(Refusal.of(GraphQLErrors.of("GRAPHQL_VALIDATION_FAILED", "Fragment `" + e.fragment + "` spreads itself.", Map.of())));
        }
        List<ValidationError> errors = documents.validate(request.query(), parsed);
        if (!errors.isEmpty()) {
            return new Checked(Refusal.of(GraphQLErrors.of("GRAPHQL_VALIDATION_FAILED", errors)));
        }
        return new Checked(null, cost, operation.getOperation() == OperationDefinition.Operation.QUERY);
    }

    private void execute(RoutingContext ctx, GraphQLRequest request, String type, Checked checked) {
        long cost = checked.cost();
        ExecutionBudget.Ticket ticket;
        try {
            ticket = budget.admit(cost, limits.timeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ticket = null;
        }
        if (ticket == null) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, "1");
            reply(ctx, type, 503, GraphQLErrors.of("SERVER_BUSY", "The server is busy with other expensive queries. "
                    + "Try again in a second, or ask for fewer rows or fields.", Map.of("cost", cost)));
            return;
        }
        long timeout = limits.timeout().toMillis();
        ctx.put(DEADLINE, System.nanoTime() + limits.timeout().toNanos());
        // Only a query may be stored, and only under the version read before it runs (CachedAnswers put the key of an
        // anonymous request only); a mutation or a refused request never is.
        String key = checked.query() ? ctx.get(CachedAnswers.KEY) : null;
        Writer writer = new Writer(ctx, type, ticket, key, cache.version());
        writer.timer = ctx.vertx().setTimer(Math.max(1, timeout), id -> writer.finish(400, GraphQLErrors.of("TIME_LIMIT_EXCEEDED",
                "The query ran longer than " + limits.timeout().toMillis() + " ms and was stopped. Ask for fewer rows or fields.",
                Map.of("limitMillis", timeout))));
        // The request context (with its Hibernate session) is ended by the writer, on this thread, once the
        // execution is over; not by SmallRye's end and close handlers, which run on the event loop when the time
        // limit or a closed connection answers first: they closed the session under a running statement and
        // waited on H2's session lock, blocking the event loop for seconds.
        ctx.response().endHandler(null).closeHandler(null).exceptionHandler(null);
        try {
            getExecutionService().executeAsync(request.toJson(), getMetaData(ctx), writer);
        } catch (RuntimeException | Error e) {
            writer.fail(e);
        }
    }

    /** Writes the execution's answer, unless the time limit answered first. */
    private final class Writer implements ExecutionResponseWriter {
        private final RoutingContext ctx;
        private final String type;
        private final ExecutionBudget.Ticket ticket;
        private final AtomicBoolean done = new AtomicBoolean();
        private final AtomicBoolean over = new AtomicBoolean();
        volatile long timer = -1;

        private final String key;
        private final long version;

        Writer(RoutingContext ctx, String type, ExecutionBudget.Ticket ticket, String key, long version) {
            this.ctx = ctx;
            this.type = type;
            this.ticket = ticket;
            this.key = key;
            this.version = version;
        }

        @Override
        public void write(ExecutionResponse response) {
            try {
                if (!done.get()) {
                    byte[] plain = CappedJson.plainAnswer(response.getExecutionResult(), limits.maxResponseBytes());
                    if (plain != null) {
                        answer(200, plain, true);
                        return;
                    }
                    JsonObject result = GraphQLErrors.withCodes(response.getExecutionResultAsJsonObject());
                    // No data: the request itself failed (for example a variable of the wrong type).
                    boolean complete = result.containsKey("data") && !result.containsKey("errors");
                    answer(result.containsKey("data") ? 200 : 400, CappedJson.encode(result, limits.maxResponseBytes()), complete);
                }
            } finally {
                executionOver();
            }
        }

        /** Stored when complete and storable; null bytes: longer than the cap. */
        private void answer(int status, byte[] bytes, boolean complete) {
            if (key != null && complete && bytes != null && done.compareAndSet(false, true)) {
                ctx.vertx().cancelTimer(timer);
                replyCached(ctx, type, key, version, bytes);
                return;
            }
            if (done.compareAndSet(false, true)) {
                ctx.vertx().cancelTimer(timer);
                reply(ctx, type, status == 400 && type.equals(JSON) ? 200 : status, bytes);
            }
        }

        @Override
        public void fail(Throwable t) {
            try {
                LOG.error("GraphQL execution failed", t);
                finish(500, GraphQLErrors.of("INTERNAL_SERVER_ERROR", "The server failed to answer this query.", Map.of()));
            } finally {
                executionOver();
            }
        }

        /** Gives the budget back and ends the request context, on the thread that ran the execution. */
        private void executionOver() {
            if (over.compareAndSet(false, true)) {
                ticket.close();
                Arc.container().requestContext().terminate();
            }
        }

        void finish(int status, JsonObject body) {
            answer(status, CappedJson.encode(body, limits.maxResponseBytes()), false);
        }
    }

    /** A complete answer to an anonymous query: stored and sent as a hit would be, with its ETag. */
    private void replyCached(RoutingContext ctx, String type, String key, long version, byte[] bytes) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        GraphQLResponseCache.send(ctx.request(), cache.put(key, version, type + "; charset=utf-8", bytes));
    }

    private void reply(RoutingContext ctx, String type, int status, JsonObject body) {
        if (!ctx.response().ended() && !ctx.response().closed()) {
            reply(ctx, type, status, CappedJson.encode(body, limits.maxResponseBytes()));
        }
    }

    /** {@code bytes} null: the answer was longer than the cap. */
    private void reply(RoutingContext ctx, String type, int status, byte[] bytes) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        if (bytes == null) {
            bytes = GraphQLErrors.of("RESPONSE_TOO_LARGE", "The answer is larger than " + limits.maxResponseBytes()
                    + " bytes. Ask for fewer rows or fields.", Map.of("limit", limits.maxResponseBytes()))
                    .toString().getBytes(StandardCharsets.UTF_8);
            status = type.equals(JSON) ? 200 : 400;
        }
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, type + "; charset=utf-8")
                .end(Buffer.buffer(bytes));
    }
}
