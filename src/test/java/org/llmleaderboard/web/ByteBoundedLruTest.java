package org.llmleaderboard.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ByteBoundedLruTest {

    private final ByteBoundedLru<String, String> cache = new ByteBoundedLru<>(10, String::length);

    @Test
    void shouldEvictTheLeastRecentlyUsedEntriesUntilTheWeightFits() {
        cache.put("a", "aaaa");
        cache.put("b", "bbbb");
        cache.get("a"); // a is now the most recently used
        cache.put("c", "cccc");
        assertNull(cache.get("b"));
        assertEquals("aaaa", cache.get("a"));
        assertEquals("cccc", cache.get("c"));
        assertEquals(8, cache.weight());
    }

    @Test
    void shouldCountAReplacedValueOnce() {
        cache.put("a", "aaaa");
        cache.put("a", "aaaaaa");
        assertEquals(6, cache.weight());
        assertEquals(1, cache.size());
    }

    @Test
    void shouldNotKeepAValueHeavierThanTheBound() {
        cache.put("a", "aaaa");
        cache.put("big", "x".repeat(11));
        assertNull(cache.get("big"));
        assertEquals("aaaa", cache.get("a"));
    }

    @Test
    void shouldForgetEverythingOnClear() {
        cache.put("a", "aaaa");
        cache.clear();
        assertNull(cache.get("a"));
        assertEquals(0, cache.weight());
    }
}
