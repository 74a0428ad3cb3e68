package org.llmleaderboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.llmleaderboard.domain.DataSource;
import org.llmleaderboard.security.Roles;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.load.source.RefreshStatus;
import org.llmleaderboard.service.load.source.SourceFormat;
import org.llmleaderboard.service.load.source.SourceFormats;
import org.llmleaderboard.service.load.source.SourceRefreshService;

import java.util.List;

/**
 * {@code /admin/sources}: the editor's page to refresh one open source from a newer checkout or a zip URL, and the
 * job's progress, polled by htmx until it is done. Editors only; not cached.
 */
@Path("/admin/sources")
@RolesAllowed(Roles.EDITOR)
@Produces(MediaType.TEXT_HTML)
public class RefreshResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sources(List<DataSource> sources, List<RefreshStatus> jobs);

        static native TemplateInstance sources$job(RefreshStatus job);

        static native TemplateInstance refused(String error);
    }

    private final SourceRefreshService refreshes;
    private final SecurityIdentity identity;

    RefreshResource(SourceRefreshService refreshes, SecurityIdentity identity) {
        this.refreshes = refreshes;
        this.identity = identity;
    }

    @GET
    public TemplateInstance page() {
        return Templates.sources(SourceFormats.ALL.stream().map(SourceFormat::source).toList(), refreshes.recent());
    }

    /**
     * Starts a refresh: 202 with the job's fragment (which polls for its progress), 400 with the reason. Only from htmx
     * ({@code HX-Request}): a cross-site form cannot send that header, so it cannot start a refresh with an editor's
     * cached credentials.
     */
    @POST
    @Path("{source}/refresh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refresh(@PathParam("source") String source, @HeaderParam("HX-Request") String htmx, @FormParam("url") String url,
            @FormParam("directory") String directory) {
        if (!"true".equals(htmx)) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN)
                    .entity("Start a refresh from the page /admin/sources (htmx), or with GraphQL's refreshSource.").build();
        }
        try {
            RefreshStatus job = refreshes.start(source, url, directory, identity.getPrincipal().getName());
            return Response.accepted(Templates.sources$job(job)).build();
        } catch (InvalidArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.refused(e.getMessage())).build();
        }
    }

    @GET
    @Path("jobs/{id}")
    public Response job(@PathParam("id") String id) {
        return refreshes.status(id).map(j -> Response.ok(Templates.sources$job(j)).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN).entity("No refresh job " + id).build());
    }
}
