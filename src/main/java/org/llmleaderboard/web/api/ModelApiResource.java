package org.llmleaderboard.web.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.ModelPage;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.read.LeaderboardService;
import org.llmleaderboard.service.UnknownBenchmarkException;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.query.ModelCriteria;
import org.llmleaderboard.query.ModelScope;
import org.llmleaderboard.query.PageRequest;
import org.llmleaderboard.query.SortOrder;
import org.llmleaderboard.service.read.QueryFactory;
import org.llmleaderboard.service.read.ReadTransaction;
import org.llmleaderboard.query.ModelSortField;
import org.llmleaderboard.query.SortDirection;

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
            Double trainingTokens, Double alScore, String alScoreBand, LabJson lab, Map<String, Double> scores) {

        static ModelJson from(ModelSummary m) {
            return new ModelJson(m.slug(), m.name(), m.released(), m.access(), m.architecture(), m.parameters(),
                    m.trainingTokens(), m.alScore(), m.alScoreBand(), new LabJson(m.lab().slug(), m.lab().name()),
                    new TreeMap<>(m.headlineScores()));
        }
    }

    public record LabJson(String slug, String name) {
    }

    public record PageJson(int total, int first, int offset, List<ModelJson> items) {
    }

    public record ErrorJson(String code, String parameter, String message) {
    }

    /** The service names arguments as GraphQL does; answer with this API's parameter names. */
    private static final Map<String, String> PARAMETERS = Map.of("architectures", "arch", "alScoreBands", "band", "access", "access",
            "sort.benchmark", "sort", "labs", "lab", "tags", "tag");

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
    public Response models(@QueryParam("q") String q, @QueryParam("lab") List<String> labs, @QueryParam("arch") List<String> archs,
            @QueryParam("access") List<String> access, @QueryParam("tag") List<String> tags, @QueryParam("band") List<String> bands,
            @QueryParam("sort") @DefaultValue("alscore") String sort, @QueryParam("dir") @DefaultValue("desc") String dir,
            @QueryParam("first") @DefaultValue("50") String first, @QueryParam("offset") @DefaultValue("0") String offset) {
        try {
            ModelSortField field = ModelSortField.fromParam(sort).orElse(ModelSortField.BENCHMARK);
            SortDirection direction = switch (dir) {
                case "asc" -> SortDirection.ASC;
                case "desc" -> SortDirection.DESC;
                default -> throw new InvalidArgumentException("dir", "`dir` must be asc or desc, was '" + dir + "'.");
            };
            LeaderboardQuery raw = new LeaderboardQuery(ModelCriteria.of(q, labs, archs, access, tags, bands), ModelScope.ALL,
                    SortOrder.of(field, field == ModelSortField.BENCHMARK ? sort : null, direction),
                    new PageRequest(integer("first", first), integer("offset", offset)));
            ModelPage page = reads.call(() -> leaderboard.page(queries.validate(raw)));
            return Response.ok(new PageJson(page.totalCount(), raw.first(), raw.offset(),
                    page.items().stream().map(ModelJson::from).toList())).build();
        } catch (UnknownBenchmarkException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(new ErrorJson("UNKNOWN_BENCHMARK", "sort", "Unknown sort '" + sort
                            + "': use name, lab, architecture, access, released, parameters, active-parameters, tokens, ratio, alscore or a benchmark slug."))
                    .build();
        } catch (InvalidArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(new ErrorJson("BAD_USER_INPUT", PARAMETERS.getOrDefault(e.argument(), e.argument()), e.getMessage())).build();
        }
    }

    private static int integer(String name, String value) throws InvalidArgumentException {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException(name, "`" + name + "` must be a whole number, was '" + value + "'.");
        }
    }
}
