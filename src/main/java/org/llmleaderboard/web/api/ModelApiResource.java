package org.llmleaderboard.web.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.ModelPage;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.read.LeaderboardService;
import org.llmleaderboard.service.UnknownBenchmarkException;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.service.read.QueryFactory;
import org.llmleaderboard.service.read.ReadTransaction;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plain JSON read API for scripts that do not want GraphQL: the same filters, sort and paging as the
 * leaderboard's URL ({@code q, lab, arch, access, tag, band, sort, dir}) plus {@code first} and {@code offset}.
 * It is also the reference the benchmark harness measures GraphQL's overhead against.
 */
// The methods answer a Response (a page or an error), so Quarkus cannot see which records Jackson writes.
@RegisterForReflection(targets = { ModelApiResource.PageJson.class, ModelApiResource.ModelJson.class,
        ModelApiResource.LabJson.class, ModelApiResource.ErrorJson.class })
@Path("/api/models")
public class ModelApiResource {

    /** One model with its lab and headline scores, by benchmark slug. */
    public record ModelJson(String slug, String name, String released, String access, String architecture, Double parameters,
            Double trainingTokens, Double alScore, String alScoreBand, LabJson lab, Map<String, Double> scores,
            Double activeParameters, java.time.LocalDate releaseDate, Boolean openWeights, String licenceId, Boolean reasoning,
            List<String> inputModalities, Double capability, Integer capabilityCoverage) {

        static ModelJson from(ModelSummary m) {
            return new ModelJson(m.slug(), m.name(), m.released(), m.access(), m.architecture(), m.parameters(),
                    m.trainingTokens(), m.alScore(), m.alScoreBand(), new LabJson(m.lab().slug(), m.lab().name()),
                    new TreeMap<>(m.headlineScores()), m.activeParameters(), m.releaseDate(), m.openWeights(), m.licenceId(),
                    m.reasoning(), m.inputModalities(), m.capability() == null ? null : m.capability().score(),
                    m.capability() == null ? null : m.capability().coverage());
        }
    }

    public record LabJson(String slug, String name) {
    }

    public record PageJson(int total, int first, int offset, List<ModelJson> items) {
    }

    public record ErrorJson(String code, String parameter, String message) {
    }

    /** The service names arguments as GraphQL does; answer with this API's parameter names. */
    private static final Map<String, String> PARAMETERS = Map.ofEntries(Map.entry("architectures", "arch"),
            Map.entry("alScoreBands", "band"), Map.entry("access", "access"), Map.entry("sort.benchmark", "sort"),
            Map.entry("labs", "lab"), Map.entry("tags", "tag"), Map.entry("minParameters", "minParams"),
            Map.entry("maxParameters", "maxParams"), Map.entry("minActiveParameters", "minActive"),
            Map.entry("maxActiveParameters", "maxActive"), Map.entry("modalities", "modality"));

    private final LeaderboardService leaderboard;
    private final QueryFactory queries;
    private final ReadTransaction reads;

    ModelApiResource(LeaderboardService leaderboard, QueryFactory queries, ReadTransaction reads) {
        this.leaderboard = leaderboard;
        this.queries = queries;
        this.reads = reads;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response models(@BeanParam ModelApiParams params) {
        try {
            LeaderboardQuery raw = params.toQuery();
            ModelPage page = reads.call(() -> leaderboard.headlinePage(queries.validate(raw)));
            return Response.ok(new PageJson(page.totalCount(), raw.first(), raw.offset(),
                    page.items().stream().map(ModelJson::from).toList())).build();
        } catch (UnknownBenchmarkException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(new ErrorJson("UNKNOWN_BENCHMARK", "sort", "Unknown sort '" + params.sort
                            + "': use name, lab, architecture, access, released, parameters, active-parameters, tokens, ratio, alscore, capability, context, price or a benchmark slug."))
                    .build();
        } catch (InvalidArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(new ErrorJson("BAD_USER_INPUT", PARAMETERS.getOrDefault(e.argument(), e.argument()), e.getMessage())).build();
        }
    }
}
