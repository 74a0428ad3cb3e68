package org.llmleaderboard.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.service.export.DatasetExportService;
import org.llmleaderboard.service.export.ViewExportService;
import org.llmleaderboard.web.view.LeaderboardState;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Public downloads: the leaderboard view of the same URL parameters as {@code /} (all its rows, not one
 * page) as CSV or JSON, and the whole data set. Rows are streamed as they are read.
 */
@Path("/")
public class ExportResource {

    static final String CSV = "text/csv; charset=UTF-8";

    private final LeaderboardViews views;
    private final ViewExportService exports;
    private final DatasetExportService datasets;
    private final PageCache pages;

    ExportResource(LeaderboardViews views, ViewExportService exports, DatasetExportService datasets, PageCache pages) {
        this.pages = pages;
        this.views = views;
        this.exports = exports;
        this.datasets = datasets;
    }

    @GET
    @Path("export.csv")
    @Produces(CSV)
    public Response csv(@BeanParam LeaderboardParams params) {
        LeaderboardState state = views.state("/", params).atPage(1);
        LeaderboardQuery query = views.query(state);
        StreamingOutput body = out -> exports.writeCsv(query, state.columns(), out);
        return pages.conditional(() -> Response.ok(body, CSV).header("Content-Disposition", "attachment; filename=\"leaderboard.csv\""));
    }

    @GET
    @Path("export.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@BeanParam LeaderboardParams params) {
        LeaderboardState state = views.state("/", params).atPage(1);
        LeaderboardQuery query = views.query(state);
        StreamingOutput body = out -> exports.writeJson(query, state.columns(), parameters(state), out);
        return pages.conditional(() -> Response.ok(body, MediaType.APPLICATION_JSON_TYPE));
    }

    @GET
    @Path("export/dataset.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response dataset() {
        // Read while written, a chunk of models at a time, on the worker thread that writes the response.
        StreamingOutput body = datasets::write;
        return pages.conditional(() -> Response.ok(body, MediaType.APPLICATION_JSON_TYPE));
    }

    /** The view's parameters after normalisation (unknown values dropped, defaults applied), by their URL names. */
    private static Map<String, Object> parameters(LeaderboardState state) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("sort", state.sort());
        p.put("dir", state.dir());
        p.put("q", state.q().isEmpty() ? null : state.q());
        p.put("lab", state.labs());
        p.put("arch", state.archs());
        p.put("access", state.access());
        p.put("tag", state.tags());
        p.put("band", state.bands());
        p.put("weights", state.weights());
        p.put("licence", state.licences());
        p.put("families", state.families() ? "only" : null);
        p.putAll(org.llmleaderboard.web.view.TraitValues.values(state.traits()));
        p.put("col", state.columns());
        return p;
    }
}
