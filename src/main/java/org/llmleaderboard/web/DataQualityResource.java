package org.llmleaderboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.llmleaderboard.service.read.DataQualityService;
import org.llmleaderboard.service.read.ReadTransaction;
import org.llmleaderboard.web.view.DataQualityView;

/** The data-quality report: what looks wrong in the data, each entry linked to its page. */
@Path("/data-quality")
public class DataQualityResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dataQuality(DataQualityView view);
    }

    private final DataQualityService dataQuality;
    private final ReadTransaction reads;
    private final PageCache pages;

    DataQualityResource(DataQualityService dataQuality, ReadTransaction reads, PageCache pages) {
        this.dataQuality = dataQuality;
        this.reads = reads;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response dataQuality() {
        return pages.respond(MediaType.TEXT_HTML, () -> Templates.dataQuality(DataQualityView.from(reads.call(dataQuality::report))).render());
    }
}
