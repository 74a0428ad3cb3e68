package org.llmleaderboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A real 404 page, in the site's layout, for unknown models, labs, architectures and benchmarks. */
public class NotFoundMapper {

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance notFound(String message);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        String message = e.getMessage() == null || e.getMessage().startsWith("HTTP 404") ? "This page does not exist." : e.getMessage() + ".";
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.notFound(message).render()).build();
    }
}
