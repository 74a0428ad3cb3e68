package org.llmleaderboard.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.llmleaderboard.config.LeaderboardConfig;

/**
 * The REST layer's errors for people: 404 for unknown URLs and unknown models, labs, architectures and benchmarks,
 * 400 for parameters a page cannot read. Pages answer in the site's layout, {@code /api/*} and {@code /graphql/*}
 * in JSON (see {@link ErrorResponses}), and the REST layer's other refusals (405, 406, 415, a parameter it cannot
 * convert) in the same way instead of an empty body. Only client errors are mapped: anything else is a bug and
 * stays one.
 */
public class ErrorMappers {

    @Inject
    LeaderboardConfig config;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpServerRequest request) {
        // The framework's own message ("Unable to find matching target resource method") is not for people.
        String message = e instanceof NoSuchPageException ? e.getMessage() + "." : "There is no page at this address.";
        return ErrorResponses.response(ErrorPage.notFound(message), request);
    }

    @ServerExceptionMapper
    public Response badParameter(BadParameterException e, HttpServerRequest request) {
        return ErrorResponses.response(ErrorPage.badParameter(e.parameter(), e.getMessage(), e.backHref()), request);
    }

    @ServerExceptionMapper
    public Response clientError(ClientErrorException e, HttpServerRequest request) {
        Response refused = e.getResponse();
        Response answer = ErrorResponses.response(ErrorPage.clientError(refused.getStatus(), request.method().name()), request);
        String allow = refused.getHeaderString(HttpHeaders.ALLOW);
        // A 405 must say which methods the address does answer.
        return allow == null ? answer : Response.fromResponse(answer).header(HttpHeaders.ALLOW, allow).build();
    }

    /**
     * A statement stopped by the statement time limit (the page time limit, {@code repository.StatementTimeLimit}):
     * the same 503 as {@code PageTimeLimitRoute}'s, for the requests that route does not watch (exports, uploads, a
     * page whose statement the database stopped first). Its transaction is rolled back, so nothing was written. Also a
     * page whose request waited for another's render of it past the same limit ({@link SingleFlight}).
     */
    @ServerExceptionMapper({ jakarta.persistence.QueryTimeoutException.class, org.hibernate.QueryTimeoutException.class,
            PageTookTooLongException.class })
    public Response queryTimedOut(RuntimeException e, HttpServerRequest request) {
        Response answer = ErrorResponses.response(ErrorPage.timedOut(config.limits().pageTimeout().toMillis()), request);
        return Response.fromResponse(answer).header("Retry-After", "5").build();
    }
}
