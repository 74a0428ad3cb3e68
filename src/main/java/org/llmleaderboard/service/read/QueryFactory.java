package org.llmleaderboard.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.AlScoreBand;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.domain.SearchText;
import org.llmleaderboard.query.AsOf;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.query.ModelCriteria;
import org.llmleaderboard.query.ModelScope;
import org.llmleaderboard.query.ModelSortField;
import org.llmleaderboard.query.ModelTraits;
import org.llmleaderboard.query.PageRequest;
import org.llmleaderboard.query.SortOrder;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.UnknownBenchmarkException;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place a {@link LeaderboardQuery} is checked: every value against its allow-list, the page's bounds, the
 * sort's benchmark. What it answers is canonical (slugs in lower case, the search folded, the benchmark's id known),
 * so the repository can trust it. The first bad value is the error, named as the GraphQL argument.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QueryFactory {

    private final BenchmarkCatalog benchmarks;
    private final SearchVocabulary vocabulary;

    QueryFactory(BenchmarkCatalog benchmarks, SearchVocabulary vocabulary) {
        this.benchmarks = benchmarks;
        this.vocabulary = vocabulary;
    }

    public LeaderboardQuery validate(LeaderboardQuery raw) throws InvalidArgumentException {
        ModelScope scope = scope(raw.scope());
        PageRequest page = page(raw.page());
        ModelCriteria criteria = criteria(raw.criteria());
        if (criteria.search() != null) {
            criteria = criteria.withTerms(vocabulary.terms(criteria.search()));
        }
        return new LeaderboardQuery(criteria, scope, sort(raw.sort()), page);
    }

    static ModelScope scope(ModelScope raw) throws InvalidArgumentException {
        Set<String> weights = new TreeSet<>();
        for (String w : nonBlank(raw.weights())) {
            String v = lower(w);
            if (!ModelScope.WEIGHTS.contains(v)) {
                throw new InvalidArgumentException("weights", "Unknown weights '" + w + "'. Use one of: open, closed, unknown.");
            }
            weights.add(v);
        }
        Set<String> licences = nonBlank(raw.licences()).stream().map(QueryFactory::lower).collect(Collectors.toCollection(TreeSet::new));
        if (raw.asOf() != null) {
            String problem = AsOf.problem(raw.asOf(), AsOf.today());
            if (problem != null) {
                throw new InvalidArgumentException("asOf", problem);
            }
        }
        return new ModelScope(weights, licences, raw.familiesOnly(), raw.asOf(), serving(raw.serving()), traits(raw.traits()));
    }

    /** Sizes within 0 to 100,000 billion, lower bounds not above upper ones; modalities from the allow-list. */
    static ModelTraits traits(ModelTraits raw) throws InvalidArgumentException {
        ModelTraits.Range params = range(raw.parameters(), "minParameters", "maxParameters");
        ModelTraits.Range active = range(raw.activeParameters(), "minActiveParameters", "maxActiveParameters");
        Set<String> modalities = new java.util.LinkedHashSet<>();
        for (String m : nonBlank(raw.modalities())) {
            String v = lower(m);
            if (!ModelTraits.MODALITIES.contains(v)) {
                throw new InvalidArgumentException("modalities", "Unknown modality '" + m + "'. Use one of: text, image, audio, video.");
            }
            modalities.add(v);
        }
        return new ModelTraits(params, active, raw.releasedAfter(), modalities, raw.reasoning(), raw.commercial());
    }

    private static ModelTraits.Range range(ModelTraits.Range raw, String minName, String maxName) throws InvalidArgumentException {
        for (String name : List.of(minName, maxName)) {
            Double v = name.equals(minName) ? raw.min() : raw.max();
            if (v != null && (v.isNaN() || v < 0 || v > ModelTraits.MAX_BILLIONS)) {
                throw new InvalidArgumentException(name, "`" + name + "` is a number of billions of parameters, 0 to 100,000; was " + v + ".");
            }
        }
        if (raw.min() != null && raw.max() != null && raw.min() > raw.max()) {
            throw new InvalidArgumentException(minName, "`" + minName + "` (" + raw.min() + ") is more than `" + maxName + "` ("
                    + raw.max() + ").");
        }
        return raw;
    }

    /** Prices and context windows within what a model can have: not negative, not absurd. */
    static ModelScope.Serving serving(ModelScope.Serving raw) throws InvalidArgumentException {
        if (raw.maxPrice() != null && (raw.maxPrice().isNaN() || raw.maxPrice() < 0 || raw.maxPrice() > 1_000_000)) {
            throw new InvalidArgumentException("maxPrice", "`maxPrice` is US dollars per million input tokens, 0 to 1,000,000; was "
                    + raw.maxPrice() + ".");
        }
        if (raw.minContext() != null && (raw.minContext() < 0 || raw.minContext() > 1_000_000_000)) {
            throw new InvalidArgumentException("minContext", "`minContext` is a number of tokens, 0 to 1,000,000,000; was "
                    + raw.minContext() + ".");
        }
        return raw;
    }

    static PageRequest page(PageRequest raw) throws InvalidArgumentException {
        int max = PageRequest.MAX_SIZE;
        if (raw.first() < 0 || raw.first() > max) {
            throw new InvalidArgumentException("first", "`first` must be between 0 and " + max + ", was " + raw.first() + ".");
        }
        if (raw.offset() < 0) {
            throw new InvalidArgumentException("offset", "`offset` must not be negative, was " + raw.offset() + ".");
        }
        return raw;
    }

    static ModelCriteria criteria(ModelCriteria raw) throws InvalidArgumentException {
        Set<String> archs = slugs(raw.architectures(), Architecture::parse, Architecture::slug, "architectures",
                "Unknown architecture '%s'. Use one of: dense, moe, hybrid, matformer, coe, compound, unknown.");
        Set<String> access = slugs(raw.access(), Access::parse, Access::slug, "access",
                "Unknown access '%s'. Use one of: public, private, unknown.");
        Set<String> bands = slugs(raw.bands(), AlScoreBand::parse, AlScoreBand::slug, "alScoreBands",
                "Unknown ALScore band '%s'. Use one of: lightweight, mid-tier, powerful, very-powerful, extremely-powerful.");
        String folded = raw.search() == null ? null : SearchText.fold(raw.search());
        return new ModelCriteria(folded == null || folded.isEmpty() ? null : folded, lowered(raw.labs()), archs, access,
                lowered(raw.tags()), bands);
    }

    private SortOrder sort(SortOrder raw) throws UnknownBenchmarkException, InvalidArgumentException {
        if (raw.field() != ModelSortField.BENCHMARK) {
            return SortOrder.of(raw.field(), null, raw.direction());
        }
        String slug = raw.benchmark();
        if (slug == null || slug.isBlank()) {
            throw new InvalidArgumentException("sort.benchmark", "Sorting by BENCHMARK needs `benchmark`, a benchmark slug such as gpqa.");
        }
        Long id = benchmarks.benchmarks().bySlug(lower(slug)).map(BenchmarkInfo::id)
                .orElseThrow(() -> new UnknownBenchmarkException("sort.benchmark", slug));
        return SortOrder.of(raw.field(), lower(slug), raw.direction()).withBenchmarkId(id);
    }

    /** Each value parsed by its enum (any case, labels or slugs), answered as the enum's slug. */
    private static <E> Set<String> slugs(Collection<String> values, Function<String, Optional<E>> parse,
            Function<E, String> slug, String argument, String message) throws InvalidArgumentException {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String v : nonBlank(values)) {
            E e = parse.apply(v).orElseThrow(() -> new InvalidArgumentException(argument, message.formatted(v)));
            out.add(slug.apply(e));
        }
        return out;
    }

    private static Set<String> lowered(Collection<String> values) {
        return nonBlank(values).stream().map(QueryFactory::lower).collect(Collectors.toSet());
    }

    private static Collection<String> nonBlank(Collection<String> values) {
        return values == null ? Set.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String lower(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
