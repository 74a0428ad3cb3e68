package org.llmleaderboard.repository;

import jakarta.persistence.FlushModeType;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.AlScoreBand;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.domain.DerivedMetrics;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.query.ModelSortField;
import org.llmleaderboard.query.ModelScope;
import org.llmleaderboard.query.SortDirection;
import org.llmleaderboard.query.SortOrder;
import org.llmleaderboard.query.ModelCriteria;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class LanguageModelRepository implements PanacheRepository<LanguageModel> {

    /** An export's list of every id it writes: about 1 s at 100,000 models, more on a cold, busy machine. */
    private static final int ALL_IDS_TIMEOUT_MILLIS = 120_000;

    private final StatementTimeLimit timeLimit;

    LanguageModelRepository(StatementTimeLimit timeLimit) {
        this.timeLimit = timeLimit;
    }

    public Optional<LanguageModel> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The slug of the model that has this alias (a source's id or path, an old slug). */
    public Optional<String> slugOfAlias(String alias) {
        return getEntityManager().createQuery("select a.model.slug from ModelAlias a where a.alias = :a", String.class)
                .setParameter("a", alias).getResultStream().findFirst();
    }

    /** The aliases of these models, in one query, sorted. */
    public List<ModelValue> aliasesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                select new org.llmleaderboard.repository.ModelValue(a.model.id, a.alias)
                from ModelAlias a where a.model.id in :ids order by a.alias""", ModelValue.class)
                .setParameter("ids", ids).getResultList();
    }

    /** The facts of these models, in one query, by fact then id. */
    public List<org.llmleaderboard.domain.ModelFact> factsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select f from ModelFact f join fetch f.model where f.model.id in :ids order by f.fact, f.id",
                org.llmleaderboard.domain.ModelFact.class).setParameter("ids", ids).getResultList();
    }

    /** The providers' offerings of these models with their providers, in one query, cheapest input first. */
    public List<org.llmleaderboard.domain.ProviderOffering> offeringsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select o from ProviderOffering o join fetch o.provider p join fetch o.model "
                + "where o.model.id in :ids order by o.inputPrice nulls last, p.name, o.id", org.llmleaderboard.domain.ProviderOffering.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Number of models the query's filters select. */
    public long count(LeaderboardQuery query) {
        Where where = where(query);
        // Without a lab filter the join is not needed: an unfiltered count is then answered from the table's row count.
        TypedQuery<Long> q = getEntityManager()
                .createQuery("select count(m) from LanguageModel m" + (where.usesLab ? " join m.lab l" : "") + where.sql, Long.class);
        where.params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** Ids of the query's page, in order: missing values last in both directions, ties by name. */
    public List<Long> pageIds(LeaderboardQuery query) {
        return ids(query).setFirstResult(query.offset()).setMaxResults(query.first()).getResultList();
    }

    /**
     * Every id the query selects, in its order (its page ignored), in one statement: what an export reads its chunks
     * by. Paging with an offset instead read the ids before each chunk again, quadratic in the rows: the full export at
     * 100,000 models took minutes.
     */
    public List<Long> allIds(LeaderboardQuery query) {
        return timeLimit.lifted(getEntityManager(), ALL_IDS_TIMEOUT_MILLIS, () -> ids(query).getResultList());
    }

    private TypedQuery<Long> ids(LeaderboardQuery query) {
        Where where = where(query);
        String join = "";
        String filter = "";
        SortOrder sort = query.sort();
        if (sort.benchmarkId() != null) {
            // The headline score only (as of a date, the headline then): exactly one per model and benchmark.
            join = AsOfClauses.sortJoin(query.scope().asOf(), where.params);
            filter = AsOfClauses.sortFilter(query.scope().asOf());
            where.params.put("benchmarkId", sort.benchmarkId());
        }
        String dir = sort.direction() == SortDirection.ASC ? "asc" : "desc";
        String key = SortColumns.of(sort.field());
        // A search ranks its exact and prefix matches first, then the view's sort within each group.
        String rank = SearchClauses.rank(query.criteria(), where.params);
        String order = key == null
                ? " order by " + rank + "m.name " + dir + ", m.slug " + dir
                : " order by " + rank + key + " " + dir + " nulls last, m.name asc, m.slug asc";
        // The lab is joined only when filtered or sorted by: otherwise the sort can walk an index of language_model.
        String lab = where.usesLab || sort.field() == ModelSortField.LAB ? " join m.lab l" : "";
        TypedQuery<Long> q = getEntityManager()
                .createQuery("select m.id from LanguageModel m" + lab + join + where.sql + filter + order, Long.class);
        where.params.forEach(q::setParameter);
        return q;
    }

    /** A model and its lab as values, for the reads that display them; tags separately ({@link #tagsOf}). */
    private static final String ROW = """
            select new org.llmleaderboard.repository.ModelRow(m.id, m.slug, m.name, m.headlineTags, m.released, m.releaseDate,
                m.releasePrecision, m.access, m.architecture, m.parameters, m.activeParameters, m.trainingTokens, m.datasetType,
                m.notes, m.playgroundUrl, m.paperUrl, m.lastUpdated, m.version, l.id, l.slug, l.name, l.website, l.country,
                m.description, m.licenceName, m.licenceId, m.licenceCommercial, m.openWeights, m.weightsUrl, m.releasedOn,
                m.announcedOn, m.multimodal, m.knowledgeCutoff, m.origin, f.slug, f.name, t.slug, t.name, vo.slug, vo.name,
                (select count(v) from LanguageModel v where v.variantOf = m), m.contextWindow, m.maxOutput, m.reasoning,
                m.inputPrice, m.outputPrice, m.inputModalities, m.capabilityScore, m.capabilityCoverage)
            from LanguageModel m join m.lab l left join m.family f left join m.fineTunedFrom t left join m.variantOf vo """;

    /** The model with this slug, as values. */
    public Optional<ModelRow> rowOfSlug(String slug) {
        return getEntityManager().createQuery(ROW + " where m.slug = :slug", ModelRow.class)
                .setParameter("slug", slug)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst();
    }

    /** The models with their labs, as values, in the order of {@code ids}. */
    public List<ModelRow> rowsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        IdList in = IdList.of(ids);
        List<ModelRow> found = in.bind(getEntityManager().createQuery(ROW + " where m.id in " + in.in(), ModelRow.class))
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        Map<Long, ModelRow> byId = new HashMap<>();
        found.forEach(m -> byId.put(m.id(), m));
        List<ModelRow> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            ModelRow m = byId.get(id);
            if (m != null) {
                ordered.add(m);
            }
        }
        return ordered;
    }

    /** The tags of these models, in their order. */
    public List<ModelValue> tagsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        IdList in = IdList.of(ids);
        return in.bind(getEntityManager().createQuery("""
                select new org.llmleaderboard.repository.ModelValue(m.id, t)
                from LanguageModel m join m.tags t where m.id in %s order by m.id, index(t)""".formatted(in.in()), ModelValue.class))
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }

    /** Ids of the models of these labs, best ALScore first, in one query. */
    public List<Long> idsOfLabs(Collection<Long> labIds) {
        if (labIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                select m.id from LanguageModel m where m.lab.id in :labs and m.variantOf is null
                order by m.alScoreKey desc nulls last, m.name, m.slug""", Long.class)
                .setParameter("labs", labIds)
                .getResultList();
    }

    /** Every model's slug, unsorted: callers that need an order sort them, as a database's collation need not be Java's. */
    public List<String> slugs() {
        return getEntityManager().createQuery("select m.slug from LanguageModel m", String.class).getResultList();
    }

    public List<Long> idsOfSlugs(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select m.id from LanguageModel m where m.slug in :slugs", Long.class)
                .setParameter("slugs", slugs)
                .getResultList();
    }

    private record Where(String sql, Map<String, Object> params, boolean usesLab) { }

    private static Where where(LeaderboardQuery q) {
        ModelCriteria query = q.criteria();
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        // One row per model: variants are reached through their model, never rows of their own.
        clauses.add(OneRowPerModel.clause());
        SearchClauses.where(query, clauses, params);
        if (!query.labs().isEmpty()) {
            // A lab's alias filters its lab ("google" is Google DeepMind since the merge; "qwen" is Alibaba's llm-stats id).
            clauses.add("(l.slug in :labs or l.id in (select a.lab.id from LabAlias a where a.alias in :labs))");
            params.put("labs", query.labs());
        }
        if (!query.architectures().isEmpty()) {
            List<Architecture> architectures = query.architectures().stream().map(a -> Architecture.parse(a).orElseThrow()).toList();
            List<Architecture> known = architectures.stream().filter(a -> a != Architecture.UNKNOWN).toList();
            List<String> or = new ArrayList<>();
            if (!known.isEmpty()) {
                or.add("m.architecture in :architectures");
                params.put("architectures", known);
            }
            if (architectures.contains(Architecture.UNKNOWN)) {
                or.add("m.architecture is null");
            }
            clauses.add("(" + String.join(" or ", or) + ")");
        }
        if (!query.access().isEmpty()) {
            clauses.add("m.access in :access");
            params.put("access", query.access().stream().map(a -> Access.parse(a).orElseThrow()).toList());
        }
        if (!query.tags().isEmpty()) {
            clauses.add("exists (select 1 from LanguageModel t join t.tags tag where t.id = m.id and lower(tag) in :tags)");
            params.put("tags", query.tags());
        }
        if (!query.bands().isEmpty()) {
            List<String> or = new ArrayList<>();
            int i = 0;
            for (String slug : query.bands()) {
                double[] range = DerivedMetrics.rawAlScoreRange(AlScoreBand.parse(slug).orElseThrow());
                List<String> bounds = new ArrayList<>();
                bounds.add("m.alScoreKey is not null");
                if (range[0] != Double.NEGATIVE_INFINITY) {
                    bounds.add("m.alScoreKey >= :bandFrom" + i);
                    params.put("bandFrom" + i, range[0]);
                }
                if (range[1] != Double.POSITIVE_INFINITY) {
                    bounds.add("m.alScoreKey < :bandTo" + i);
                    params.put("bandTo" + i, range[1]);
                }
                or.add("(" + String.join(" and ", bounds) + ")");
                i++;
            }
            clauses.add("(" + String.join(" or ", or) + ")");
        }
        scope(q.scope(), clauses, params);
        return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params, !query.labs().isEmpty());
    }

    /** The clauses of the view's scope: weights, licences, families, the date, the serving. */
    private static void scope(ModelScope scope, List<String> clauses, Map<String, Object> params) {
        if (!scope.weights().isEmpty()) {
            List<String> or = new ArrayList<>();
            if (scope.weights().contains("open")) {
                or.add("m.openWeights = true");
            }
            if (scope.weights().contains("closed")) {
                or.add("m.openWeights = false");
            }
            if (scope.weights().contains("unknown")) {
                or.add("m.openWeights is null");
            }
            clauses.add("(" + String.join(" or ", or) + ")");
        }
        if (!scope.licences().isEmpty()) {
            clauses.add("lower(m.licenceId) in :licences");
            params.put("licences", scope.licences());
        }
        if (scope.familiesOnly()) {
            clauses.add("m.family is null");
        }
        AsOfClauses.models(scope.asOf(), clauses, params);
        if (scope.serving().maxPrice() != null) {
            clauses.add("m.inputPrice <= :maxPrice");
            params.put("maxPrice", scope.serving().maxPrice());
        }
        if (scope.serving().minContext() != null) {
            clauses.add("m.contextWindow >= :minContext");
            params.put("minContext", scope.serving().minContext());
        }
        TraitClauses.add(scope.traits(), clauses, params);
    }

    /**
     * The models related to one: those named by {@code slugs} and the variants of {@code familyId}, each with its
     * headline scores (one row per score, one row without a score for a model without any), by name.
     */
    public List<RelativeScore> relatives(Collection<String> slugs, long familyId) {
        return getEntityManager().createQuery("""
                select new org.llmleaderboard.repository.RelativeScore(m.slug, m.name, f.id, b.slug, s.scoreValue)
                from LanguageModel m left join m.family f left join Score s on s.model = m and s.headline = true
                     left join s.benchmark b
                where m.slug in :slugs or f.id = :family
                order by m.name, m.slug""", RelativeScore.class)
                .setParameter("slugs", slugs.isEmpty() ? List.of("") : slugs)
                .setParameter("family", familyId)
                .getResultList();
    }

    /** The {@code limit} models of a lab with the best ALScore (ties by name). */
    public List<ModelBrief> bestOfLab(String labSlug, int limit) {
        return best("l.slug = :v", labSlug, limit);
    }

    /** The {@code limit} models of an architecture ({@link Architecture#UNKNOWN}: of none) with the best ALScore. */
    public List<ModelBrief> bestOfArchitecture(Architecture architecture, int limit) {
        return architecture == Architecture.UNKNOWN ? best("m.architecture is null", null, limit)
                : best("m.architecture = :v", architecture, limit);
    }

    private List<ModelBrief> best(String where, Object value, int limit) {
        TypedQuery<ModelBrief> q = getEntityManager().createQuery("""
                select new org.llmleaderboard.repository.ModelBrief(m.slug, m.name, l.name, m.parameters, m.released,
                    m.releaseDate, m.releasePrecision)
                from LanguageModel m join m.lab l where %s and %s
                order by m.alScoreKey desc nulls last, m.name asc, m.slug asc""".formatted(OneRowPerModel.clause(), where), ModelBrief.class);
        if (value != null) {
            q.setParameter("v", value);
        }
        return q.setMaxResults(limit).getResultList();
    }

    /** Every model with its lab, in one statement (what an import matches its models against). */
    public List<LanguageModel> listWithLabs() {
        return getEntityManager().createQuery("select m from LanguageModel m join fetch m.lab", LanguageModel.class).getResultList();
    }
}
