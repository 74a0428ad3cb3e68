package org.llmleaderboard.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.llmleaderboard.service.export.MarkdownExportService;

/**
 * A model as a page of the markdown set, at the page's own path with {@code .md}:
 * {@code /models/deepseek-ai/deepseek-r2.md}. Its own root path, more specific than {@link ModelResource}'s,
 * so that it is matched first.
 */
@Path("/models/{lab}/{model: .+\\.md}")
public class ModelMarkdownResource {

    static final String MARKDOWN = "text/markdown; charset=UTF-8";

    private final MarkdownExportService exports;

    ModelMarkdownResource(MarkdownExportService exports) {
        this.exports = exports;
    }

    @GET
    @Produces(MARKDOWN)
    public String markdown(@PathParam("lab") String lab, @PathParam("model") String file) {
        String slug = lab + "/" + file.substring(0, file.length() - ".md".length());
        return exports.markdown(slug).orElseThrow(() -> new NoSuchPageException("No model " + slug));
    }
}
