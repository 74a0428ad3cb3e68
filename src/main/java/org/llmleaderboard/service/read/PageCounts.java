package org.llmleaderboard.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.query.ModelCriteria;
import org.llmleaderboard.query.ModelScope;
import org.llmleaderboard.service.DataVersion;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The number of models a page's filters match, kept per data version. Counting is the one part of a page whose cost
 * grows with the table (every row the filters match is visited: 50–130 ms at 100,000 models on embedded H2, where the
 * page of ids itself walks an index in 2–4 ms), and the REST API and uncached pages or GraphQL answers of one set of
 * filters in different orders and pages all ask it again. Bounded to {@value #MAX} filter sets, least recently used
 * out. Read under the version read before the count, as {@link BenchmarkCatalog} does.
 */
@ApplicationScoped
public class PageCounts {

    static final int MAX = 512;

    private record Key(ModelCriteria criteria, ModelScope scope) {
    }

    /** This data version's counts; a count finished after a newer version arrived lands in the old map, unread. */
    private final PerVersion<Map<Key, Long>> counts;

    PageCounts(DataVersion version) {
        this.counts = new PerVersion<>(version);
    }

    /** Forgets every count (tests that count a cold request's statements). */
    public void clear() {
        counts.clear();
    }

    /** The query's count (its filters and scope; not its order or page), from {@code counter} once per version. */
    long count(LeaderboardQuery query, ToLongFunction<LeaderboardQuery> counter) {
        Map<Key, Long> current = counts.get(PageCounts::lru);
        Key key = new Key(query.criteria(), query.scope());
        synchronized (current) {
            Long known = current.get(key);
            if (known != null) {
                return known;
            }
        }
        long counted = counter.applyAsLong(query);
        synchronized (current) {
            current.put(key, counted);
        }
        return counted;
    }

    private static Map<Key, Long> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Long> eldest) {
                return size() > MAX;
            }
        };
    }
}
