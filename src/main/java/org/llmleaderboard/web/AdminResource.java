package org.llmleaderboard.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.llmleaderboard.security.Roles;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.load.ImportFormat;
import org.llmleaderboard.service.load.ImportReport;
import org.llmleaderboard.service.load.ImportService;
import org.llmleaderboard.service.load.ImportTooLargeException;

import java.util.Map;

/**
 * Editor-only endpoints. No credentials: 401; a user without the editor role: 403 (Quarkus security).
 * No HTML form writes, and the import accepts only content types that a form cannot send, so a cross-site
 * form post cannot use an editor's cached credentials (CSRF).
 */
@Path("/admin")
@RolesAllowed(Roles.EDITOR)
public class AdminResource {

    private final ImportService imports;

    AdminResource(ImportService imports) {
        this.imports = imports;
    }

    /**
     * Imports a file sent as the request body: {@code format=markdown} (a zip of the markdown set),
     * {@code csv} (the columns of /export.csv), {@code json} (/export/dataset.json) or {@code llm-stats} (a zip of the
     * llm-stats set, merged with the override file; the report's {@code merge} lists matched, created, undecided). One transaction:
     * 200 with the report when written (or for a dry run), 422 with the report when a row was rejected
     * (nothing written), 400 for an unreadable body or an unknown format, 413 with {@code code: ZIP_TOO_LARGE} for a zip
     * that would unpack to more entries or bytes than {@code leaderboard.imports.*} allow (checked before unpacking).
     */
    @POST
    @Path("import")
    // Not the types an HTML form can send (urlencoded, multipart, text/plain): a cross-site form cannot
    // post here with an editor's cached Basic credentials (415 instead).
    @Consumes({ "application/zip", "application/octet-stream", "text/csv", MediaType.APPLICATION_JSON })
    @Produces(MediaType.APPLICATION_JSON)
    public Response importFile(@QueryParam("format") String format, @QueryParam("dryRun") boolean dryRun,
            @HeaderParam("X-File-Name") String fileName, byte[] body) {
        ImportFormat f;
        try {
            f = ImportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            return error("Unknown format '" + format + "': use format=markdown, csv, json or llm-stats.");
        }
        if (body == null || body.length == 0) {
            return error("The request body is empty: send the file as the body (curl --data-binary @file).");
        }
        try {
            ImportReport report = imports.importFile(f, fileName, body, dryRun);
            imports.afterWrite(report); // committed by now: the file's tidying waits for nothing of the import
            return Response.status(report.rejected().isEmpty() ? 200 : 422).entity(report).build();
        } catch (ImportTooLargeException e) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", e.getMessage(), "code", ImportTooLargeException.CODE)).build();
        } catch (InvalidArgumentException e) {
            return error(e.getMessage());
        }
    }

    private static Response error(String message) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", message)).build();
    }
}
