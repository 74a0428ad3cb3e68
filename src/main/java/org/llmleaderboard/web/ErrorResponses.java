package org.llmleaderboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders an {@link ErrorPage} for whoever asked: JSON in GraphQL's error shape for {@code /graphql}, JSON in
 * {@code /api/models}' error shape for {@code /api/*}, the results region for an htmx request, and otherwise the
 * page in the site's layout. Used by the exception mappers (REST layer) and by {@link RequestLimitsRoute}
 * (Vert.x, before any resource), so every error looks the same wherever it is detected.
 */
public final class ErrorResponses {

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(ErrorPage error);

        /** The results region with the message, for an htmx request (search box, filters, column headers). */
        static native TemplateInstance error$results(ErrorPage error);
    }

    /** A rendered error: status, type, body and the extra headers (htmx retargeting). */
    record Answer(int status, String contentType, String body, Map<String, String> headers) {
    }

    private ErrorResponses() {
    }

    static boolean isGraphQl(String path) {
        return path.equals("/graphql") || path.startsWith("/graphql/");
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    static Answer answer(ErrorPage error, String path, MultiMap requestHeaders) {
        if (isGraphQl(path)) {
            JsonObject body = new JsonObject().put("errors", new JsonArray().add(new JsonObject()
                    .put("message", error.message())
                    .put("extensions", new JsonObject().put("code", error.code()))));
            return new Answer(error.status(), "application/json", body.encode(), Map.of());
        }
        if (isApi(path)) {
            // The shape of /api/models' own 400s (ModelApiResource.ErrorJson): code, parameter, message.
            JsonObject body = new JsonObject().put("code", error.code()).put("parameter", error.parameter()).put("message", error.message());
            return new Answer(error.status(), "application/json", body.encode(), Map.of());
        }
        String type = "text/html;charset=UTF-8";
        if (Htmx.wantsFragment(requestHeaders.get(Htmx.REQUEST), requestHeaders.get(Htmx.HISTORY_RESTORE_REQUEST))) {
            // htmx swaps 4xx answers (htmx-config in layout.html) into the results region, whichever element asked;
            // the refused URL must not land in the address bar.
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("HX-Retarget", "#results");
            headers.put("HX-Reswap", "outerHTML");
            headers.put("HX-Push-Url", "false");
            headers.put(Htmx.VARY, Htmx.REQUEST);
            return new Answer(error.status(), type, Templates.error$results(error).render(), headers);
        }
        return new Answer(error.status(), type, Templates.error(error).render(), Map.of(Htmx.VARY, Htmx.REQUEST));
    }

    /** As a REST answer (exception mappers). */
    static Response response(ErrorPage error, HttpServerRequest request) {
        Answer a = answer(error, request.path(), request.headers());
        Response.ResponseBuilder r = Response.status(a.status()).type(a.contentType()).entity(a.body());
        a.headers().forEach(r::header);
        return r.build();
    }

    /** Written straight to Vert.x (routes that answer before the REST layer). */
    static void write(ErrorPage error, HttpServerRequest request) {
        Answer a = answer(error, request.path(), request.headers());
        HttpServerResponse response = request.response();
        response.setStatusCode(a.status());
        response.headers().set(HttpHeaders.CONTENT_TYPE, a.contentType());
        a.headers().forEach(response.headers()::set);
        response.end(a.body());
    }
}
