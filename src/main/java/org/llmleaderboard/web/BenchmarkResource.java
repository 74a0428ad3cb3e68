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
import org.llmleaderboard.domain.ScoreSetting;
import org.llmleaderboard.query.AsOf;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.BenchmarkRankingService;
import org.llmleaderboard.service.read.BenchmarkRankingService.FamilyGroup;
import org.llmleaderboard.service.read.BenchmarkSetting;
import org.llmleaderboard.service.read.ComparableSetting;
import org.llmleaderboard.service.read.LeaderboardService;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.ReadTransaction;
import org.llmleaderboard.service.read.ScoreEntry;
import org.llmleaderboard.web.BenchmarkIndexViews.BenchmarkIndexView;
import org.llmleaderboard.web.view.Format;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmarks: what each measures, and one ranking per family. A family's page ranks one comparable setting at a time
 * ({@code ?setting=<key>}, allow-listed against the family's settings; an unknown one is reported above the ranking,
 * which then shows the default). A variant's slug answers 301 to its family's page with the variant's setting
 * selected; an alias, 301 to its benchmark. {@code ?asOf=2025-06-01} ranks the scores that count on that date
 * ({@code query.AsOf}). One URL serves the page or, for htmx, its ranking region.
 */
@Path("/benchmarks")
public class BenchmarkResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance benchmarks(BenchmarkIndexView index);

        static native TemplateInstance benchmarks$list(BenchmarkIndexView index);

        static native TemplateInstance benchmark(BenchmarkRow benchmark, RankingView ranking);

        static native TemplateInstance benchmark$ranking(BenchmarkRow benchmark, RankingView ranking);
    }

    public record BenchmarkRow(String slug, String name, String href, String description, String unit, boolean higherIsBetter,
            int models, String leader, String leaderHref, String leaderScore, String scale, List<String> categories, String modality,
            String paperUrl, String implementationUrl, String leaderSetting, List<VariantLine> variants, String leaderVariant,
            String newest) {
    }

    /** A variant under its family: its name, and the link to the family's ranking in the variant's setting. */
    public record VariantLine(String slug, String name, String href, String setting) {
    }

    /** One setting of a family, as a link that shows its ranking. */
    public record SettingLink(String key, String label, int models, String href, boolean current) {
    }

    /**
     * The ranking region: what was asked that does not exist, the settings, the ranked rows, and the date it is as of
     * ({@code asOf}: the date input's value, empty for today; {@code asOfLabel} "1 Jun 2025"; {@code todayHref} the same
     * ranking today; {@code asOfMin} and {@code asOfMax} the dates accepted).
     */
    public record RankingView(String notice, String settingKey, String settingLabel, List<SettingLink> settings,
            List<RankingLine> lines, String href, String asOf, String asOfLabel, String todayHref, String asOfMin, String asOfMax) {
    }

    /**
     * One row per model: {@code model} and {@code href} are the model (a leaderboard row), {@code modelVariant} and
     * {@code modelVariantHref} the variant of it the score belongs to (a dated snapshot …), null for the model's own;
     * {@code variant}: the benchmark variant the score is on, when not the family itself; {@code published}: the
     * source's words.
     */
    public record RankingLine(int rank, String model, String href, String lab, String labHref, String score, String setting,
            String scale, String variant, String published, String sourceUrl, String source, String date, String provenance,
            String modelVariant, String modelVariantHref) {
    }

    private final LeaderboardService leaderboard;
    private final BenchmarkRankingService families;
    private final ReadTransaction reads;
    private final PageCache pages;
    private final BenchmarkIndexViews index;

    BenchmarkResource(LeaderboardService leaderboard, BenchmarkRankingService families, ReadTransaction reads, PageCache pages,
            BenchmarkIndexViews index) {
        this.index = index;
        this.pages = pages;
        this.leaderboard = leaderboard;
        this.families = families;
        this.reads = reads;
    }

    /** The index: searched, filtered by category and sorted ({@link BenchmarkIndexParams}); for htmx its list region. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response benchmarks(@QueryParam("q") String q, @QueryParam("category") String category, @QueryParam("sort") String sort,
            @QueryParam("dir") String dir, @HeaderParam(Htmx.REQUEST) String htmx, @HeaderParam(Htmx.HISTORY_RESTORE_REQUEST) String restore) {
        BenchmarkIndexParams params = new BenchmarkIndexParams(q, category, sort, dir);
        params.toQuery(); // a malformed value: the 400 page, before any read
        boolean fragment = Htmx.wantsFragment(htmx, restore);
        return reads.call(() -> pages.respond(MediaType.TEXT_HTML, () -> {
            BenchmarkIndexView view = index.view(params, this::row);
            return (fragment ? Templates.benchmarks$list(view) : Templates.benchmarks(view)).render();
        }));
    }

    @GET
    @Path("{slug}")
    @Produces(MediaType.TEXT_HTML)
    public Response benchmark(@PathParam("slug") String slug, @QueryParam("setting") String setting,
            @QueryParam("asOf") String asOf, @HeaderParam(Htmx.REQUEST) String htmx,
            @HeaderParam(Htmx.HISTORY_RESTORE_REQUEST) String restore) {
        // A date of the wrong form, before 2018 or in the future: the 400 page, as on the leaderboard.
        LeaderboardParams.requireDate("asOf", asOf, "/benchmarks/" + Format.segment(slug));
        LocalDate day = asOf == null || asOf.isBlank() ? null : AsOf.parse(asOf).orElseThrow();
        return reads.call(() -> {
            BenchmarkInfo b = families.benchmark(slug).orElse(null);
            if (b == null) {
                // An llm-stats id (humanity's-last-exam) or another alias: to the canonical page.
                String canonical = leaderboard.canonicalBenchmarkSlug(slug)
                        .orElseThrow(() -> new NoSuchPageException("No benchmark " + slug));
                b = families.benchmark(canonical).orElseThrow(() -> new NoSuchPageException("No benchmark " + slug));
                if (b.parent() == null) {
                    return redirect(href(canonical, setting, day));
                }
            }
            if (b.parent() != null) {
                // A variant ranks in its family: its family's page, the variant's setting selected.
                return redirect(href(b.parent(), setting != null ? setting : families.defaultSetting(b), day));
            }
            boolean fragment = Htmx.wantsFragment(htmx, restore);
            BenchmarkInfo family = b;
            return pages.respond(MediaType.TEXT_HTML, () -> {
                BenchmarkRow row = row(new FamilyGroup(family, families.variants(family)), List.of(), null);
                RankingView ranking = ranking(family, setting, day);
                return (fragment ? Templates.benchmark$ranking(row, ranking) : Templates.benchmark(row, ranking)).render();
            });
        });
    }

    private static Response redirect(String location) {
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(location)).build();
    }

    /** {@code /benchmarks/<slug>}, with {@code ?setting=<key>} when given. */
    static String href(String slug, String setting) {
        return "/benchmarks/" + Format.segment(slug) + (setting == null ? "" : "?setting=" + Format.segment(setting));
    }

    /** As {@link #href(String, String)}, as of a date ({@code &asOf=2025-06-01}; null: today). */
    static String href(String slug, String setting, LocalDate asOf) {
        String page = href(slug, setting);
        return asOf == null ? page : page + (setting == null ? "?" : "&") + "asOf=" + asOf;
    }

    private RankingView ranking(BenchmarkInfo b, String asked, LocalDate asOf) {
        String chosen = families.defaultSetting(b);
        String notice = null;
        if (asked != null && ScoreSetting.ofKey(asked).isPresent() && families.hasSetting(b, asked)) {
            chosen = asked;
        } else if (asked != null) {
            notice = "No setting '" + shorten(asked) + "' on " + b.name() + " — showing " + ComparableSetting.ofKey(chosen).label();
        }
        List<SettingLink> links = new ArrayList<>();
        for (BenchmarkSetting s : families.settings(b)) {
            String key = s.setting().key();
            links.add(new SettingLink(key, s.setting().label(), s.models(), href(b.slug(), key, asOf), key.equals(chosen)));
        }
        List<ScoreEntry> ranked = families.rankingsIn(List.of(b), chosen, LeaderboardQuery.MAX_PAGE_SIZE, asOf).get(0);
        String today = href(b.slug(), notice == null && asked != null ? chosen : null);
        return new RankingView(notice, chosen, ComparableSetting.ofKey(chosen).label(), links, lines(b, ranked),
                href(b.slug(), null), asOf == null ? "" : asOf.toString(), asOf == null ? "" : Format.day(asOf), today,
                AsOf.EARLIEST.toString(), AsOf.today().toString());
    }

    private List<RankingLine> lines(BenchmarkInfo family, List<ScoreEntry> ranking) {
        List<ModelSummary> models = leaderboard.modelsBySlugs(ranking.stream().map(ScoreEntry::modelSlug).toList());
        List<RankingLine> rows = new ArrayList<>();
        int rank = 0;
        Double previous = null;
        for (int i = 0; i < ranking.size(); i++) {
            ScoreEntry s = ranking.get(i);
            ModelSummary m = models.get(i);
            // Equal scores share a rank ("competition ranking": 1, 2, 2, 4).
            if (previous == null || s.value() != previous) {
                rank = i + 1;
            }
            previous = s.value();
            String variant = s.benchmarkSlug().equals(family.slug()) ? null
                    : families.benchmark(s.benchmarkSlug()).map(BenchmarkInfo::name).orElse(s.benchmarkSlug());
            rows.add(new RankingLine(rank, m.name(), Format.modelHref(m.slug()), m.lab().name(), Format.labHref(m.lab().slug()),
                    Format.scoreIn(s.value(), family.unit()), s.comparableSetting().label(), s.scale(), variant, s.setting(),
                    s.sourceUrl(), s.citation(), s.date() == null ? null : Format.day(s.date()),
                    Format.provenance(s.selfReported(), s.verified(), s.verificationProvider()),
                    s.variant() == null ? null : s.variant().name(), s.variant() == null ? null : Format.modelHref(s.variant().slug())));
        }
        return rows;
    }

    private BenchmarkRow row(FamilyGroup group, List<ScoreEntry> leader, ModelSummary leaderModel) {
        return row(group, leader, leaderModel, null);
    }

    /** A family's row: {@code newest} the date of its newest score, or null. */
    BenchmarkRow row(FamilyGroup group, List<ScoreEntry> leader, ModelSummary leaderModel, LocalDate newest) {
        BenchmarkInfo b = group.family();
        boolean has = !leader.isEmpty() && leaderModel != null;
        int count = families.familyModels(b);
        List<VariantLine> variants = group.variants().stream().map(v -> new VariantLine(v.slug(), v.name(),
                href(b.slug(), families.defaultSetting(v)), v.impliedSetting() == null ? null : v.impliedSetting().label())).toList();
        return new BenchmarkRow(b.slug(), b.name(), href(b.slug(), null), b.description(), b.unit(), b.higherIsBetter(), count,
                has ? leaderModel.name() : null, has ? Format.modelHref(leaderModel.slug()) : null,
                has ? Format.scoreIn(leader.get(0).value(), b.unit()) : null, b.scale(), b.categories(), b.modality(), b.paperUrl(),
                b.implementationUrl(), has ? leader.get(0).comparableSetting().label() : null, variants,
                has && leader.get(0).variant() != null ? leader.get(0).variant().name() : null,
                newest == null ? null : Format.day(newest));
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
