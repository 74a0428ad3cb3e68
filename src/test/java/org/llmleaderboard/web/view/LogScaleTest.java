package org.llmleaderboard.web.view;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LogScaleTest {

    @Test
    void shouldTickEveryDecadeWhenTheAxisSpansMoreThanTwo() {
        LogScale scale = LogScale.around(3, 1800, 0, 4);
        assertEquals(List.of(1.0, 10.0, 100.0, 1000.0, 10000.0), scale.ticks());
        assertEquals(List.of("1B", "10B", "100B", "1T", "10T"), scale.ticks().stream().map(LogScale::parameters).toList());
    }

    @Test
    void shouldTickOneTwoFiveWhenTheAxisSpansAtMostTwoDecades() {
        LogScale scale = new LogScale(-1, 1);
        assertEquals(List.of(0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0), scale.ticks());
        assertEquals(List.of("$0.1", "$0.2", "$0.5", "$1", "$2", "$5", "$10"), scale.ticks().stream().map(LogScale::dollars).toList());
    }

    @Test
    void shouldWidenTheAxisToTheDataWhenItLiesOutsideTheMinimumFrame() {
        LogScale scale = LogScale.around(0.135, 2000, 0, 2);
        assertEquals(new LogScale(-1, 4), scale);
        assertEquals("100M", LogScale.parameters(scale.ticks().get(0)));
        assertEquals(List.of("$0.01", "$100", "$0.001"), List.of(LogScale.dollars(0.01), LogScale.dollars(100), LogScale.dollars(0.001)));
    }

    @Test
    void shouldPlaceValuesByTheirLogarithm() {
        LogScale scale = new LogScale(0, 4);
        assertEquals(0, scale.fraction(1), 1e-9);
        assertEquals(0.25, scale.fraction(10), 1e-9);
        assertEquals(Math.log10(300) / 4, scale.fraction(300), 1e-9, "GPT-5's 300 B");
        assertEquals(1, scale.fraction(10000), 1e-9);
    }

    @Test
    void shouldRefuseAnAxisOfNoDecade() {
        assertThrows(IllegalArgumentException.class, () -> new LogScale(2, 2));
    }

    @Test
    void shouldStepALinearAxisByOneTwoOrFive() {
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0), LinearScale.around(12, 90, true).ticks());
        LinearScale points = LinearScale.around(1012, 1388, false);
        assertEquals(new LinearScale(1000, 1400, 100), points);
        assertEquals(1400, points.clamp(1500));
    }
}
