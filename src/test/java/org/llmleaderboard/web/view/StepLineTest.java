package org.llmleaderboard.web.view;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StepLineTest {

    record Release(String name, int month, double score) {
    }

    @Test
    void shouldKeepOnlyTheReleasesThatBeatEveryEarlierOne() {
        List<Release> records = StepLine.records(List.of(
                new Release("later-worse", 5, 60),
                new Release("first", 1, 50),
                new Release("record", 3, 70),
                new Release("tie", 4, 70),
                new Release("new-record", 9, 88)), Release::month, Release::score, true);
        assertEquals(List.of("first", "record", "new-record"), records.stream().map(Release::name).toList(), "a tie sets no record");
    }

    @Test
    void shouldLetOnlyTheBestOfOneDateSetTheRecord() {
        List<Release> records = StepLine.records(List.of(new Release("weaker", 1, 40), new Release("stronger", 1, 45)),
                Release::month, Release::score, true);
        assertEquals(List.of("stronger"), records.stream().map(Release::name).toList());
    }

    @Test
    void shouldCountLowerAsBetterWhenAskedTo() {
        List<Release> records = StepLine.records(List.of(new Release("a", 1, 40), new Release("b", 2, 45), new Release("c", 3, 30)),
                Release::month, Release::score, false);
        assertEquals(List.of("a", "c"), records.stream().map(Release::name).toList());
    }

    @Test
    void shouldDrawLevelThenUpToEachRecordAndOnToTheEnd() {
        assertEquals("M0 200H30V150H60.5V100H100",
                StepLine.path(List.of(new double[] {0, 200}, new double[] {30, 150}, new double[] {60.5, 100}), 100));
        assertEquals("M100 50", StepLine.path(List.<double[]>of(new double[] {100, 50}), 100), "nothing to extend");
        assertEquals("", StepLine.path(List.of(), 100));
    }
}
