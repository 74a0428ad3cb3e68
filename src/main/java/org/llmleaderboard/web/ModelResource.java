package org.llmleaderboard.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.ChangeEntry;
import org.llmleaderboard.service.read.FactEntry;
import org.llmleaderboard.service.read.LeaderboardService;
import org.llmleaderboard.service.read.ModelRelationsService;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.ReadTransaction;
import org.llmleaderboard.service.read.EditionHistoryService;
import org.llmleaderboard.service.read.OfferingEntry;
import org.llmleaderboard.service.read.ScoreEntry;
import org.llmleaderboard.web.view.Disagreements;
import org.llmleaderboard.web.view.Format;
import org.llmleaderboard.web.view.ModelView;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A model's page, at the markdown set's path: {@code /models/deepseek-ai/deepseek-r2}. A model's other names (llm-stats'
 * {@code /models/deepseek/deepseek-r1-0528}, or its bare id {@code /models/deepseek-r1-0528}) redirect to it (301).
 */
@Path("/models")
public class ModelResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance model(ModelView view);

        /** A model's variants as a page. */
        static native TemplateInstance variants(ModelSummary model, ModelView.Variants variants);

        /** The same, as the leaderboard row that unfolds below the model's row (htmx). */
        static native TemplateInstance variants$row(ModelSummary model, ModelView.Variants variants);
    }

    private static final int RELATED = 8;
    private static final int HISTORY = 50;

    private final LeaderboardService leaderboard;
    private final ModelRelationsService relations;
    private final ReadTransaction reads;
    private final PageCache pages;

    private final EditionHistoryService editions;

    ModelResource(LeaderboardService leaderboard, ModelRelationsService relations, ReadTransaction reads, PageCache pages,
            EditionHistoryService editions) {
        this.editions = editions;
        this.pages = pages;
        this.leaderboard = leaderboard;
        this.relations = relations;
        this.reads = reads;
    }

    @GET
    @Path("{lab}/{model}")
    @Produces(MediaType.TEXT_HTML)
    public Response model(@PathParam("lab") String lab, @PathParam("model") String model, @QueryParam("compare") String compare) {
        String slug = lab + "/" + model;
        return reads.call(() -> {
            ModelSummary m = leaderboard.model(slug).orElse(null);
            if (m == null) {
                return redirect(slug);
            }
            return pages.respond(MediaType.TEXT_HTML, () -> Templates.model(view(m, compare)).render());
        });
    }

    /**
     * A model's variants: a page, or for htmx the row that unfolds below the model's leaderboard row. A variant's
     * own variants are none: its page links its model.
     */
    @GET
    @Path("{lab}/{model}/variants")
    @Produces(MediaType.TEXT_HTML)
    public Response variants(@PathParam("lab") String lab, @PathParam("model") String model,
            @HeaderParam(Htmx.REQUEST) String htmx, @HeaderParam(Htmx.HISTORY_RESTORE_REQUEST) String restore) {
        String slug = lab + "/" + model;
        boolean fragment = Htmx.wantsFragment(htmx, restore);
        return reads.call(() -> {
            ModelSummary m = leaderboard.model(slug).orElse(null);
            if (m == null) {
                String canonical = leaderboard.canonicalModelSlug(slug).orElseThrow(() -> new NoSuchPageException("No model " + slug));
                return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(Format.modelHref(canonical) + "/variants"))
                        .build();
            }
            ModelView.Variants variants = variants(m);
            return pages.respond(MediaType.TEXT_HTML, () -> (fragment ? Templates.variants$row(m, variants)
                    : Templates.variants(m, variants)).render());
        });
    }

    private ModelView.Variants variants(ModelSummary m) {
        if (m.variantCount() == 0) {
            // Counted with the model's row: most models have no variants, and their pages need no query for them.
            return new ModelView.Variants(related(m.variantOf()), List.of());
        }
        Map<String, String> names = new HashMap<>();
        leaderboard.benchmarks().forEach(b -> names.put(b.slug(), b.name()));
        List<ModelView.VariantRow> rows = leaderboard.variantsOf(List.of(m)).get(0).stream()
                .map(v -> new ModelView.VariantRow(v.name(), Format.modelHref(v.slug()), Format.released(v.releaseDate(), v.releasePrecision(), v.released()),
                        v.headlineScores().entrySet().stream().sorted(Map.Entry.comparingByKey())
                                .map(e -> names.getOrDefault(e.getKey(), e.getKey()) + " " + Format.score(e.getValue()))
                                .collect(java.util.stream.Collectors.joining(" · ")),
                        v.headlineScores().size()))
                .toList();
        return new ModelView.Variants(related(m.variantOf()), rows);
    }

    /** A model's bare alias (an llm-stats id such as {@code gpt-4o-2024-05-13}): a redirect to its page, or 404. */
    @GET
    @Path("{alias}")
    @Produces(MediaType.TEXT_HTML)
    public Response alias(@PathParam("alias") String alias) {
        return redirect(alias);
    }

    private Response redirect(String alias) {
        String canonical = leaderboard.canonicalModelSlug(alias).filter(s -> !s.equals(alias))
                .orElseThrow(() -> new NoSuchPageException("No model " + alias));
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(Format.modelHref(canonical))).build();
    }

    private ModelView view(ModelSummary m, String compare) {
        List<BenchmarkInfo> benchmarks = leaderboard.benchmarks();
        Map<String, BenchmarkInfo> bySlug = new HashMap<>();
        benchmarks.forEach(b -> bySlug.put(b.slug(), b));
        List<ModelView.BenchmarkScoreRow> rows = new ArrayList<>();
        List<ModelView.OtherScoreRow> others = new ArrayList<>();
        scoreRows(m, benchmarks, relations.ranksOf(m), rows, others);
        String archSlug = Architecture.parse(m.architecture()).orElse(Architecture.UNKNOWN).slug();
        String bandSlug = m.alScoreBand() == null ? null : m.alScoreBand().toLowerCase(Locale.ROOT).replace(' ', '-');
        String formula = m.alScore() == null ? null
                : "√(" + Format.billions(m.parameters()).replace(" B", "") + " × " + trim(m.trainingTokens()) + ") ÷ 300 = "
                        + Format.decimal(m.alScore());
        String compared = compare == null || compare.isBlank() || compare.length() > 300 ? null
                : leaderboard.canonicalModelSlug(compare.trim()).orElse(null);
        ModelRelationsService.Relatives relatives = relations.relatives(m, compared == null ? List.of() : List.of(compared));
        List<ModelSummary> one = List.of(m);
        List<FactEntry> facts = relations.facts(one).get(0);
        ModelView.Identity identity = new ModelView.Identity(m.description(), m.licence(), m.licenceCommercial(),
                m.openWeights() == null ? null : m.openWeights() ? "Open" : "Closed", m.weightsUrl(),
                m.releasedOn() == null ? null : Format.day(m.releasedOn()), m.announcedOn() == null ? null : Format.day(m.announcedOn()),
                m.multimodal(), Format.published(m.knowledgeCutoff()), related(m.family()), related(m.fineTunedFrom()),
                relatives.variants().stream().map(ModelResource::related).toList(), relations.aliases(one).get(0), null, null);
        return new ModelView(m, Format.labHref(m.lab().slug()), "/architectures/" + archSlug,
                Format.billions(m.parameters()), Format.billions(m.activeParameters()), Format.tokens(m.trainingTokens()),
                Format.ratio(m.tokenParamRatio()), Format.decimal(m.alScore()), bandSlug, formula, Format.linkify(m.notes()),
                rows, others, neighbours(m, relations.bestOfLab(m.lab().slug(), RELATED + 1), false),
                neighbours(m, relations.bestOfArchitecture(Architecture.parse(archSlug).orElseThrow(), RELATED + 1), true),
                history(m, relations.histories(one).get(0)), identity,
                facts.stream().map(ModelResource::fact).toList(),
                offerings(m, relations.offerings(one).get(0)),
                comparisons(m, compared, relatives, bySlug), compare == null ? "" : compare, variants(m),
                Disagreements.of(m, facts), editions.of(m, names(bySlug)));
    }

    /** The headline score on each benchmark with one (and on the featured ones), and the further scores after them. */
    private static void scoreRows(ModelSummary m, List<BenchmarkInfo> benchmarks, Map<String, ModelRelationsService.Rank> ranks,
            List<ModelView.BenchmarkScoreRow> rows, List<ModelView.OtherScoreRow> others) {
        for (BenchmarkInfo b : benchmarks) {
            ScoreEntry headline = m.scores().stream().filter(s -> s.headline() && s.benchmarkSlug().equals(b.slug())).findFirst().orElse(null);
            boolean featured = LeaderboardViews.FEATURED_BENCHMARKS.contains(b.slug());
            if (headline == null && !featured) {
                continue;
            }
            ModelRelationsService.Rank rank = ranks.get(b.slug());
            rows.add(new ModelView.BenchmarkScoreRow(b.name(), "/benchmarks/" + Format.segment(b.slug()), b.description(), b.unit(),
                    headline == null ? Format.MISSING : Format.scoreWithError(headline),
                    headline == null ? null : headline.setting(), headline == null ? null : headline.sourceUrl(),
                    headline == null ? null : headline.citation(),
                    headline == null || headline.date() == null ? null : Format.day(headline.date()),
                    headline == null ? null : headline.selfReported(),
                    rank == null ? null : rank.rank(), rank == null ? null : rank.rankedModels(),
                    headline == null ? null : Format.provenance(headline), headline == null ? null : headline.logUrl()));
            for (ScoreEntry s : m.scores()) {
                if (!s.headline() && s.benchmarkSlug().equals(b.slug())) {
                    others.add(new ModelView.OtherScoreRow(b.name(), Format.scoreIn(s.value(), b.unit())
                            + (s.stderr() == null ? "" : " ± " + Format.score(s.stderr())), s.setting(), s.sourceUrl(),
                            s.citation(), s.date() == null ? null : Format.day(s.date()), Format.provenance(s), s.logUrl()));
                }
            }
        }
    }

    private static List<ModelView.ChangeRow> history(ModelSummary m, List<ChangeEntry> changes) {
        return changes.stream().limit(HISTORY)
                .map(c -> new ModelView.ChangeRow(Format.dateTime(c.at()), c.actor(),
                        c.entity().equals("model") ? c.field() : c.entity() + " " + c.key().replace(m.slug() + " · ", "") + " · " + c.field(),
                        c.oldValue(), c.newValue(), c.reason()))
                .toList();
    }

    private static Map<String, String> names(Map<String, BenchmarkInfo> bySlug) {
        Map<String, String> names = new HashMap<>();
        bySlug.forEach((slug, b) -> names.put(slug, b.name()));
        return names;
    }

    /** The model's offerings, cheapest first; the one whose prices the leaderboard shows is marked. */
    private static List<ModelView.OfferingRow> offerings(ModelSummary m, List<OfferingEntry> offerings) {
        boolean[] marked = {false};
        return offerings.stream()
                .sorted(java.util.Comparator.comparing((OfferingEntry o) -> o.inputPrice() == null ? Double.MAX_VALUE : 3 * o.inputPrice()
                        + (o.outputPrice() == null ? 0 : o.outputPrice())).thenComparing(OfferingEntry::provider))
                .map(o -> {
                    boolean cheapest = !marked[0] && m.inputPrice() != null && m.inputPrice().equals(o.inputPrice())
                            && java.util.Objects.equals(m.outputPrice(), o.outputPrice());
                    marked[0] |= cheapest;
                    return new ModelView.OfferingRow(o.providerName(), o.providerModelId(), Format.price(o.inputPrice()),
                            Format.price(o.outputPrice()), Format.count(o.contextWindow()), Format.count(o.maxOutput()), o.sourceUrl(),
                            o.citation(), cheapest);
                }).toList();
    }

    private static ModelView.RelatedRow related(ModelSummary.ModelRef r) {
        return r == null ? null : new ModelView.RelatedRow(r.name(), Format.modelHref(r.slug()), null);
    }

    private static ModelView.FactRow fact(FactEntry f) {
        String value;
        if (f.value() == null) {
            value = f.text() == null ? Format.MISSING : f.text();
        } else if ("B".equals(f.unit())) {
            value = Format.billions(f.value());
        } else {
            value = (f.value() >= 10_000 ? Format.count(f.value().longValue()) : Format.number(f.value(), 2))
                    + (f.unit() == null ? "" : " " + f.unit());
        }
        return new ModelView.FactRow(f.label(), value, f.note(), f.sourceUrl(), f.citation());
    }

    /**
     * Comparisons computed from headline scores, never stored: against the model's family, its variants, the model it
     * was fine-tuned from, and a model named in {@code ?compare=} (a slug or alias). "81.0% on GPQA: 9.5 points above
     * DeepSeek-R1 (71.5%)".
     */
    private static List<String> comparisons(ModelSummary m, String compared, ModelRelationsService.Relatives relatives,
            Map<String, BenchmarkInfo> benchmarks) {
        Set<String> others = new LinkedHashSet<>();
        if (compared != null) {
            others.add(compared);
        }
        if (m.family() != null) {
            others.add(m.family().slug());
        }
        if (m.fineTunedFrom() != null) {
            others.add(m.fineTunedFrom().slug());
        }
        relatives.variants().forEach(v -> others.add(v.slug()));
        others.remove(m.slug());
        List<String> out = new ArrayList<>();
        for (String slug : others) {
            ModelRelationsService.Relative o = relatives.others().get(slug);
            if (o == null) {
                continue;
            }
            for (Map.Entry<String, Double> e : m.headlineScores().entrySet()) {
                Double theirs = o.headlineScores().get(e.getKey());
                BenchmarkInfo b = benchmarks.get(e.getKey());
                if (theirs == null || b == null) {
                    continue;
                }
                out.add(comparison(m, e.getValue(), b, o.name(), theirs));
            }
        }
        return out.stream().sorted().toList();
    }

    private static String comparison(ModelSummary m, double ours, BenchmarkInfo b, String other, double theirs) {
        double diff = ours - theirs;
        boolean better = b.higherIsBetter() ? diff > 0 : diff < 0;
        String unit = b.percent() ? " points" : " " + b.unit();
        String how = diff == 0 ? "the same as " : Format.number(Math.abs(diff), 1) + unit + (better ? " above " : " below ");
        return m.name() + " scores " + Format.scoreIn(ours, b.unit()) + " on " + b.name() + ": " + how + other + " ("
                + Format.scoreIn(theirs, b.unit()) + ")";
    }

    /**
     * The best models beside this one (of its lab, or of its architecture), itself left out; {@code showLab} for
     * models of several labs (the lab's own list shows the release instead).
     */
    private static List<ModelView.RelatedRow> neighbours(ModelSummary m, List<ModelRelationsService.Neighbour> best, boolean showLab) {
        return best.stream().filter(r -> !r.slug().equals(m.slug())).limit(RELATED)
                .map(r -> new ModelView.RelatedRow(r.name(), Format.modelHref(r.slug()),
                        showLab ? r.labName() + " · " + Format.billions(r.parameters()) : Format.billions(r.parameters())
                                + (r.released() == null ? "" : " · " + r.released())))
                .toList();
    }

    private static String trim(Double v) {
        return v == null ? "?" : Format.billions(v).replace(" B", "");
    }
}
