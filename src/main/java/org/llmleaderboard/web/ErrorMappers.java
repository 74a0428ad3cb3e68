package org.llmleaderboard.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The REST layer's errors for people: 404 for unknown URLs and unknown models, labs, architectures and benchmarks,
 * 400 for parameters a page cannot read. Pages answer in the site's layout, {@code /api/*} and {@code /graphql/*}
 * in JSON (see {@link ErrorResponses}). Only these two exceptions are mapped: anything else is a bug and stays one.
 */
public class ErrorMappers {

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
}
