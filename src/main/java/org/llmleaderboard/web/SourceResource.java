package org.llmleaderboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.llmleaderboard.domain.DataSource;
import org.llmleaderboard.domain.DataSources;
import org.llmleaderboard.service.read.ReadTransaction;
import org.llmleaderboard.service.read.SourceInfo;
import org.llmleaderboard.service.read.SourceService;
import org.llmleaderboard.web.view.Format;

import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code /sources}: every bundled data source with its licence, snapshot, the attribution its licence asks for, what it
 * contributed and its last import; and the footer's "data as of", the newest snapshot in the registry.
 */
@Path("/sources")
public class SourceResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sources(List<SourceEntry> sources, String dataAsOf);
    }

    /** A source as shown: every value formatted, the template only places (and escapes) them. */
    public record SourceEntry(SourceInfo source, String snapshotDate, String models, String modelsCreated, String scores,
            String facts, String offerings, String lastImport, String bundled) {
    }

    private final SourceService sources;
    private final ReadTransaction reads;
    private final PageCache pages;

    SourceResource(SourceService sources, ReadTransaction reads, PageCache pages) {
        this.sources = sources;
        this.reads = reads;
        this.pages = pages;
    }

    /**
     * The newest snapshot date of the bundled sources, in every page's footer. It comes from the registry (code), not
     * the database, so it is the same in every cached copy of a page and needs no cache key of its own.
     */
    @TemplateGlobal
    public static String dataAsOf() {
        return Format.day(DataSources.newestSnapshot());
    }

    /** The sources every page's footer credits by name, licence and short credit; the rest of each is on {@code /sources}. */
    @TemplateGlobal
    public static List<DataSource> footerSources() {
        return DataSources.inFooter();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response sources() {
        // Cached until the data changes: every import (bundled or uploaded) moves the data version.
        return pages.respond(MediaType.TEXT_HTML, () -> {
            List<SourceEntry> entries = reads.call(sources::sources).stream().map(SourceResource::entry).toList();
            return Templates.sources(entries, dataAsOf()).render();
        });
    }

    private static SourceEntry entry(SourceInfo s) {
        SourceInfo.SourceCounts c = s.counts();
        String created = c.modelsCreated() == null ? "not recorded (see its bundled load)" : Format.count(c.modelsCreated());
        String bundled = s.bundledAt() == null ? "not loaded"
                : time(s.bundledAt()) + (s.bundledSummary() == null ? "" : " (" + s.bundledSummary() + ")");
        return new SourceEntry(s, s.snapshotDate() == null ? "not dated" : Format.day(s.snapshotDate()), Format.count(c.models()),
                created, Format.count(c.scores()), Format.count(c.facts()), Format.count(c.offerings()), time(s.lastImport()), bundled);
    }

    private static String time(LocalDateTime at) {
        return at == null ? "never" : Format.dateTime(at);
    }
}
