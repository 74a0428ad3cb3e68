package org.llmleaderboard.web;

import io.quarkus.vertx.http.Compressed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.llmleaderboard.config.LeaderboardConfig;
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
    private final int keptRows;

    ExportResource(LeaderboardViews views, ViewExportService exports, DatasetExportService datasets, PageCache pages,
            LeaderboardConfig config) {
        this.pages = pages;
        this.keptRows = config.cache().exportMaxRows();
        this.views = views;
        this.exports = exports;
        this.datasets = datasets;
    }

    @GET
    @Path("export.csv")
    @Produces(CSV)
    // Not among Quarkus' compressed media types, which would set the kept export's Content-Encoding back to identity.
    @Compressed
    public Response csv(@BeanParam LeaderboardParams params) {
        LeaderboardState state = views.state("/", params).atPage(1);
        LeaderboardQuery query = views.query(state);
        return view(query, CSV, "attachment; filename=\"leaderboard.csv\"", out -> exports.writeCsv(query, state.columns(), out));
    }

    @GET
    @Path("export.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@BeanParam LeaderboardParams params) {
        LeaderboardState state = views.state("/", params).atPage(1);
        LeaderboardQuery query = views.query(state);
        return view(query, MediaType.APPLICATION_JSON, null, out -> exports.writeJson(query, state.columns(), parameters(state), out));
    }

    /**
     * A view export: kept gzipped per data version up to {@code leaderboard.cache.export-max-rows} rows (the full view of
     * the bundled data cost about 27 MB of allocation per request, and clients fetch the same views again), else
     * streamed as it is read.
     */
    private Response view(LeaderboardQuery query, String type, String disposition, PageCache.BodyWriter body) {
        return pages.download(type, disposition, body, exports.rows(query) <= keptRows);
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
