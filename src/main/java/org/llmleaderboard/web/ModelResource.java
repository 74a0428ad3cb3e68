package org.llmleaderboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.graphql.type.BenchmarkType;
import org.llmleaderboard.graphql.type.LanguageModelType;
import org.llmleaderboard.graphql.type.ModelPage;
import org.llmleaderboard.graphql.type.ScoreType;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.LeaderboardService;
import org.llmleaderboard.service.query.ModelSortField;
import org.llmleaderboard.service.query.SortDirection;
import org.llmleaderboard.web.view.Format;
import org.llmleaderboard.web.view.ModelView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A model's page, at the markdown set's path: {@code /models/deepseek-ai/deepseek-r2}. */
@Path("/models")
public class ModelResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance model(ModelView view);
    }

    private static final int RELATED = 8;
    private static final int HISTORY = 50;

    private final LeaderboardService leaderboard;
    private final PageCache pages;

    ModelResource(LeaderboardService leaderboard, PageCache pages) {
        this.pages = pages;
        this.leaderboard = leaderboard;
    }

    @GET
    @Path("{lab}/{model}")
    @Produces(MediaType.TEXT_HTML)
    public Response model(@PathParam("lab") String lab, @PathParam("model") String model) {
        LanguageModelType m = leaderboard.model(lab + "/" + model)
                .orElseThrow(() -> new NotFoundException("No model " + lab + "/" + model));
        return pages.respond(MediaType.TEXT_HTML, () -> Templates.model(view(m)).render());
    }

    private ModelView view(LanguageModelType m) {
        Map<String, int[]> ranks = leaderboard.ranksOf(m);
        List<ModelView.BenchmarkRow> rows = new ArrayList<>();
        List<ModelView.ScoreRow> others = new ArrayList<>();
        List<BenchmarkType> benchmarks = leaderboard.benchmarks();
        for (BenchmarkType b : benchmarks) {
            ScoreType headline = m.scores().stream().filter(s -> s.headline() && s.benchmarkSlug().equals(b.slug())).findFirst().orElse(null);
            boolean featured = LeaderboardViews.FEATURED_BENCHMARKS.contains(b.slug());
            if (headline == null && !featured) {
                continue;
            }
            int[] rank = ranks.get(b.slug());
            rows.add(new ModelView.BenchmarkRow(b.name(), "/benchmarks/" + Format.segment(b.slug()), b.description(), b.unit(),
                    headline == null ? Format.MISSING : Format.score(headline.value()),
                    headline == null ? null : headline.setting(), headline == null ? null : headline.sourceUrl(),
                    headline == null ? null : headline.source(),
                    headline == null || headline.date() == null ? null : headline.date().toString(),
                    headline == null ? null : headline.selfReported(),
                    rank == null ? null : rank[0], rank == null ? null : rank[1]));
            for (ScoreType s : m.scores()) {
                if (!s.headline() && s.benchmarkSlug().equals(b.slug())) {
                    others.add(new ModelView.ScoreRow(b.name(), Format.score(s.value()), s.setting(), s.sourceUrl(), s.source(),
                            s.date() == null ? null : s.date().toString()));
                }
            }
        }
        String archSlug = Architecture.parse(m.architecture()).orElse(Architecture.UNKNOWN).slug();
        String bandSlug = m.alScoreBand() == null ? null : m.alScoreBand().toLowerCase(Locale.ROOT).replace(' ', '-');
        String formula = m.alScore() == null ? null
                : "√(" + Format.billions(m.parameters()).replace(" B", "") + " × " + trim(m.trainingTokens()) + ") ÷ 300 = "
                        + Format.decimal(m.alScore());
        return new ModelView(m, Format.labHref(m.lab().slug()), "/architectures/" + archSlug,
                Format.billions(m.parameters()), Format.billions(m.activeParameters()), Format.tokens(m.trainingTokens()),
                Format.ratio(m.tokenParamRatio()), Format.decimal(m.alScore()), bandSlug, formula, Format.linkify(m.notes()),
                rows, others, related(m, List.of(m.lab().slug()), List.of()), related(m, List.of(), List.of(archSlug)),
                leaderboard.histories(List.of(m)).get(0).stream().limit(HISTORY)
                        .map(c -> new ModelView.ChangeRow(c.at().withNano(0).toString().replace('T', ' '), c.actor(),
                                c.entity().equals("model") ? c.field() : c.entity() + " " + c.key().replace(m.slug() + " · ", "") + " · " + c.field(),
                                c.oldValue(), c.newValue(), c.reason()))
                        .toList());
    }

    private List<ModelView.RelatedRow> related(LanguageModelType m, List<String> labs, List<String> archs) {
        try {
            ModelPage page = leaderboard.page(leaderboard.query(null, labs, archs, List.of(), List.of(), List.of(),
                    ModelSortField.ALSCORE, null, SortDirection.DESC, RELATED + 1, 0));
            return page.items().stream().filter(r -> !r.slug().equals(m.slug())).limit(RELATED)
                    .map(r -> new ModelView.RelatedRow(r.name(), Format.modelHref(r.slug()),
                            labs.isEmpty() ? r.lab().name() + " · " + Format.billions(r.parameters()) : Format.billions(r.parameters())
                                    + (r.released() == null ? "" : " · " + r.released())))
                    .toList();
        } catch (InvalidArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String trim(Double v) {
        return v == null ? "?" : Format.billions(v).replace(" B", "");
    }
}
