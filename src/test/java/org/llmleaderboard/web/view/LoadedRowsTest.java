package org.llmleaderboard.web.view;

import org.junit.jupiter.api.Test;
import org.llmleaderboard.query.PageRequest;

import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LoadedRowsTest {

    private static final LeaderboardState.Known ANY = new LeaderboardState.Known(v -> true, v -> true, v -> true, v -> true);

    private static LeaderboardState state(String sort, String page) {
        return LeaderboardState.parse("/", new LeaderboardState.RawOrder(sort, null, page),
                new LeaderboardState.Filters("gpt", List.of("openai"), null, null, null, null),
                new LeaderboardState.RawScope(null, null, null, null, null, null, null), null, ANY);
    }

    @Test
    void shouldReadMoreAsAWholeNumberOfPagesFromZeroToFour() {
        assertEquals(OptionalInt.of(0), LoadedRows.parse(null));
        assertEquals(OptionalInt.of(0), LoadedRows.parse(" "));
        assertEquals(OptionalInt.of(2), LoadedRows.parse("2"));
        assertEquals(OptionalInt.of(4), LoadedRows.parse(" 4 "));
        for (String bad : new String[] { "5", "-1", "abc", "1.5", "007", "99999999999" }) {
            assertEquals(OptionalInt.empty(), LoadedRows.parse(bad), bad);
        }
    }

    @Test
    void shouldReadThePageAndEveryAppendedPageInOneRequest() {
        LeaderboardState third = state("name", "3");
        assertEquals(new PageRequest(300, 200), new LoadedRows(2, false).page(third), "pages 3, 4 and 5: rows 201 to 500");
        assertEquals(new PageRequest(100, 400), new LoadedRows(2, true).page(third), "the 'more' row's answer: page 5 alone");
        assertEquals(new PageRequest(100, 0), LoadedRows.ONE_PAGE.page(state(null, null)));
        assertEquals(5, new LoadedRows(2, false).lastPage(third));
    }

    @Test
    void shouldLinkTheNextMoreToTheSameViewWithOnePageMore() {
        LeaderboardState s = state("name", null);
        assertEquals("/?sort=name&dir=asc&q=gpt&lab=openai&more=1", LoadedRows.ONE_PAGE.moreHref(s));
        assertEquals("/?sort=name&dir=asc&q=gpt&lab=openai&more=3", new LoadedRows(2, true).moreHref(s));
        assertEquals("/?q=gpt&lab=openai&more=1", LoadedRows.ONE_PAGE.moreHref(state(null, null)), "the default sort is written as no parameter");
        assertNull(new LoadedRows(LoadedRows.MAX_MORE, false).moreHref(s), "500 rows at most; then the pager goes on");
    }
}
