package org.llmleaderboard.web.view;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.query.LeaderboardQuery;
import org.llmleaderboard.query.ModelSortField;
import org.llmleaderboard.query.SortDirection;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A leaderboard's state round-trips through its URL: parse → href → parse gives the same state (plain JUnit, no Quarkus). */
class LeaderboardStateTest {

    private static final LeaderboardState.Known KNOWN = new LeaderboardState.Known(Set.of("openai", "deepseek-ai")::contains,
            Set.of("reasoning", "sota")::contains, Set.of("epoch-capabilities-index", "mmlu", "mmlu-pro", "gpqa", "hle", "aime-2025")::contains,
            Set.of("mit", "apache_2_0")::contains);

    @Test
    void shouldRoundTripEveryParameterThroughItsUrl() {
        LeaderboardState state = parse("/", "sort=gpqa&dir=asc&q=deep%20seek&lab=openai&lab=deepseek-ai&arch=moe&access=public"
                + "&tag=reasoning&band=mid-tier&weights=open&licence=mit&families=only&col=gpqa&col=aime-2025&page=3");
        assertEquals("gpqa", state.sort());
        assertEquals("asc", state.dir());
        assertEquals("deep seek", state.q());
        assertEquals(List.of("openai", "deepseek-ai"), state.labs());
        assertEquals(3, state.page());
        assertTrue(state.families());
        assertEquals(state, parse("/", state.queryString()));
    }

    @Test
    void shouldKeepAsOfInSortPagingAndFilterLinksAndDropItInTheLinkBackToToday() {
        LeaderboardState state = parse("/", "asOf=2025-06-01&lab=openai&sort=gpqa");
        assertEquals(java.time.LocalDate.of(2025, 6, 1), state.asOf());
        assertEquals(java.time.LocalDate.of(2025, 6, 1), state.toQuery().scope().asOf());
        assertTrue(state.sortedBy("name").href().contains("asOf=2025-06-01"));
        assertTrue(state.atPage(2).href().contains("asOf=2025-06-01"));
        assertTrue(state.without("lab", "openai").href().contains("asOf=2025-06-01"));
        assertTrue(state.exportCsvHref().contains("asOf=2025-06-01"));
        assertEquals("/?sort=gpqa&dir=desc&lab=openai", state.without("asOf", null).href());
        assertEquals(state, parse("/", state.queryString()));
    }

    @Test
    void shouldLeaveOutAnAsOfThatIsNoDateOrOutOfRangeWhenParsedLeniently() {
        // The page refuses these first (LeaderboardParams.requireWellFormed); the state never holds one.
        assertEquals(null, parse("/", "asOf=2017-12-31").asOf());
        assertEquals(null, parse("/", "asOf=2999-01-01").asOf());
        assertEquals(null, parse("/", "asOf=yesterday").asOf());
        assertEquals("/", parse("/", "asOf=").href());
    }

    @Test
    void shouldWriteTheDefaultsAsNoParameters() {
        LeaderboardState state = parse("/", "sort=capability&dir=desc&col=epoch-capabilities-index&col=mmlu&col=mmlu-pro&col=gpqa&col=hle&page=1");
        assertEquals("/", state.href());
        assertFalse(state.hasFilters());
        assertEquals(state, parse("/", ""));
    }

    @Test
    void shouldDropUnknownValuesAndNormaliseCase() {
        LeaderboardState state = parse("/", "sort=nonsense&dir=sideways&lab=OpenAI&lab=nowhere&arch=MoE&arch=quantum&tag=none&page=x");
        assertEquals(LeaderboardState.DEFAULT_SORT, state.sort());
        assertEquals("desc", state.dir());
        assertEquals(List.of("openai"), state.labs());
        assertEquals(List.of("moe"), state.archs());
        assertEquals(List.of(), state.tags());
        assertEquals(1, state.page());
        assertEquals("/?lab=openai&arch=moe", state.href());
        assertEquals(state, parse("/", state.queryString()));
    }

    @Test
    void shouldKeepAFilterFixedByThePathOutOfTheUrl() {
        LeaderboardState state = parse("/labs/openai", "tag=sota&sort=name").fixLab("openai");
        assertEquals("/labs/openai?sort=name&dir=asc&tag=sota", state.href());
        assertEquals(state, parse("/labs/openai", state.queryString()).fixLab("openai"));
        assertEquals("/export.csv?sort=name&dir=asc&lab=openai&tag=sota", state.exportCsvHref());
    }

    @Test
    void shouldRoundTripTheLinksItMakes() {
        LeaderboardState state = parse("/", "lab=openai&tag=reasoning&page=2");
        for (LeaderboardState next : List.of(state.sortedBy("parameters"), state.sortedBy("alscore"), state.atPage(4),
                state.without("lab", "openai"), state.withColumns(List.of("gpqa")), state.withFamilies(true))) {
            assertEquals(next, parse("/", next.queryString()), next.href());
        }
        assertEquals(1, state.sortedBy("parameters").page());
    }

    @Test
    void shouldMakeTheQueryOfItsPage() {
        LeaderboardQuery query = parse("/", "sort=gpqa&dir=asc&lab=openai&weights=open&page=2").toQuery();
        assertEquals(ModelSortField.BENCHMARK, query.sort().field());
        assertEquals("gpqa", query.sort().benchmark());
        assertEquals(SortDirection.ASC, query.sort().direction());
        assertEquals(Set.of("openai"), query.criteria().labs());
        assertEquals(Set.of("open"), query.scope().weights());
        assertEquals(LeaderboardState.PAGE_SIZE, query.first());
        assertEquals(LeaderboardState.PAGE_SIZE, query.offset());
    }

    /** Parses a query string as the resource does: repeated parameters are lists. */
    private static LeaderboardState parse(String basePath, String queryString) {
        Map<String, List<String>> p = new HashMap<>();
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            p.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>())
                    .add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return LeaderboardState.parse(basePath, new LeaderboardState.RawOrder(one(p, "sort"), one(p, "dir"), one(p, "page")),
                new LeaderboardState.Filters(one(p, "q"), p.get("lab"), p.get("arch"), p.get("access"), p.get("tag"), p.get("band")),
                new LeaderboardState.RawScope(p.get("weights"), p.get("licence"), one(p, "families"), one(p, "asOf"), one(p, "maxPrice"), one(p, "minContext"), null), p.get("col"), KNOWN);
    }

    private static String one(Map<String, List<String>> p, String name) {
        return p.containsKey(name) ? p.get(name).get(0) : null;
    }
}
