package org.llmleaderboard.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.SearchText;
import org.llmleaderboard.repository.BenchmarkRepository;
import org.llmleaderboard.service.read.BenchmarkRankingService.FamilyGroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The benchmarks index: the families (variants under their family), each with its categories (the family's and its
 * variants', as the sources give them: llm-stats' {@code categories}), its number of models scored and the date of its
 * newest score; searched as model names are ({@link SearchText#words}: case, accents, spaces and punctuation ignored),
 * filtered by category and sorted.
 */
@ApplicationScoped
public class BenchmarkIndexService {

    /** One family on the index. {@code newest} is null when no score on it has a date. */
    public record IndexEntry(FamilyGroup group, List<String> categories, int models, LocalDate newest) {
    }

    /** The sort keys of the index. */
    public enum IndexSort {
        NAME, MODELS, NEWEST
    }

    /**
     * What the index shows: {@code search} (or null), {@code category} (a category as listed, or null for all), the sort
     * and its direction.
     */
    public record IndexQuery(String search, String category, IndexSort sort, boolean descending) {
    }

    /** The families shown, and every category there is (for the filter's options), sorted. */
    public record Index(List<IndexEntry> entries, List<String> categories, int families) {
    }

    private final BenchmarkRankingService families;
    private final BenchmarkRepository benchmarks;

    BenchmarkIndexService(BenchmarkRankingService families, BenchmarkRepository benchmarks) {
        this.families = families;
        this.benchmarks = benchmarks;
    }

    /**
     * The families the query selects, in its order, with every category there is (lower case, sorted: what
     * {@code category} may be) and the number of families in all. Two statements besides the catalog's.
     */
    public Index index(IndexQuery query) {
        Map<String, LocalDate> newest = benchmarks.newestScoreDates();
        List<IndexEntry> all = new ArrayList<>();
        Set<String> categories = new TreeSet<>();
        for (FamilyGroup g : families.families()) {
            Set<String> own = new TreeSet<>();
            g.family().categories().forEach(c -> own.add(category(c)));
            g.variants().forEach(v -> v.categories().forEach(c -> own.add(category(c))));
            own.remove("");
            categories.addAll(own);
            all.add(new IndexEntry(g, List.copyOf(own), families.familyModels(g.family()), newest.get(g.family().slug())));
        }
        List<String> words = query.search() == null ? List.of() : SearchText.words(query.search());
        List<IndexEntry> shown = all.stream()
                .filter(e -> query.category() == null || e.categories().contains(query.category()))
                .filter(e -> words.isEmpty() || matches(e.group(), words))
                .sorted(order(query))
                .toList();
        return new Index(shown, List.copyOf(categories), all.size());
    }

    /** A category as the filter lists it: lower case, words apart ({@code long_context} → {@code long context}). */
    static String category(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    }

    /** Every word found in the family's name or slug or a variant's. */
    private static boolean matches(FamilyGroup g, List<String> words) {
        StringBuilder keys = new StringBuilder(SearchText.key(g.family().name())).append('|').append(SearchText.key(g.family().slug()));
        g.variants().forEach(v -> keys.append('|').append(SearchText.key(v.name())).append('|').append(SearchText.key(v.slug())));
        String text = keys.toString();
        return words.stream().allMatch(text::contains);
    }

    /** The chosen order, missing dates last in both directions, ties by name. */
    private static Comparator<IndexEntry> order(IndexQuery query) {
        Comparator<IndexEntry> byName = Comparator.comparing((IndexEntry e) -> e.group().family().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(e -> e.group().family().slug());
        Comparator<IndexEntry> key = switch (query.sort()) {
            case NAME -> byName;
            case MODELS -> Comparator.comparingInt(IndexEntry::models);
            case NEWEST -> Comparator.comparing(IndexEntry::newest, Comparator.nullsFirst(Comparator.naturalOrder()));
        };
        if (query.descending()) {
            key = key.reversed();
        } else if (query.sort() == IndexSort.NEWEST) {
            key = Comparator.comparing(IndexEntry::newest, Comparator.nullsLast(Comparator.naturalOrder()));
        }
        return query.sort() == IndexSort.NAME ? key : key.thenComparing(byName);
    }
}
