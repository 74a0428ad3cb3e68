package org.llmleaderboard.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A least-recently-used map bounded by the summed weight (bytes) of its values.
 * <p>
 * Written here rather than taken from Caffeine: Caffeine picks its implementation class by reflection
 * from the features asked for (a weigher gives {@code SSMW}/{@code PSMW}), which a native executable
 * only has when each of those classes is registered; this has no reflection at all. One lock guards
 * it: a hit costs a map look-up and a relink, far below the cost of writing the response.
 */
final class ByteBoundedLru<K, V> {

    private final long maxWeight;
    private final ToIntFunction<V> weigher;
    private final LinkedHashMap<K, V> map = new LinkedHashMap<>(256, 0.75f, true);
    private long weight;

    ByteBoundedLru(long maxWeight, ToIntFunction<V> weigher) {
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    synchronized V get(K key) {
        return map.get(key);
    }

    /** Stores the value, then evicts the least recently used entries until the weight fits; a value heavier than the bound is not kept. */
    synchronized void put(K key, V value) {
        int w = weigher.applyAsInt(value);
        V old = map.remove(key);
        if (old != null) {
            weight -= weigher.applyAsInt(old);
        }
        if (w > maxWeight) {
            return;
        }
        map.put(key, value);
        weight += w;
        Iterator<Map.Entry<K, V>> eldest = map.entrySet().iterator();
        while (weight > maxWeight && eldest.hasNext()) {
            weight -= weigher.applyAsInt(eldest.next().getValue());
            eldest.remove();
        }
    }

    synchronized void clear() {
        map.clear();
        weight = 0;
    }

    synchronized int size() {
        return map.size();
    }

    synchronized long weight() {
        return weight;
    }
}
