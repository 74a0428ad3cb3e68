package org.llmleaderboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.llmleaderboard.security.Roles;
import org.llmleaderboard.service.load.ImportJobs;
import org.llmleaderboard.service.load.ImportStatus;

import java.util.List;

/**
 * {@code /admin/imports}: the running and recent uploads' imports with their progress; while one runs the list polls
 * itself (htmx, the {@code jobs} fragment). Editors only; not cached.
 */
@Path("/admin/imports")
@RolesAllowed(Roles.EDITOR)
@Produces(MediaType.TEXT_HTML)
public class ImportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance imports(List<ImportStatus> jobs, boolean running);

        static native TemplateInstance imports$jobs(List<ImportStatus> jobs, boolean running);
    }

    private final ImportJobs jobs;

    ImportResource(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GET
    public Response page(@HeaderParam("HX-Request") boolean htmx, @HeaderParam("HX-History-Restore-Request") boolean restore) {
        List<ImportStatus> recent = jobs.recent();
        boolean running = recent.stream().anyMatch(ImportStatus::running);
        TemplateInstance body = htmx && !restore ? Templates.imports$jobs(recent, running) : Templates.imports(recent, running);
        return Response.ok(body).header("Vary", "HX-Request").header("Cache-Control", "no-store").build();
    }
}
