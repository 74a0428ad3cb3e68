package org.llmleaderboard.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DerivedMetricsTest {

    @Test
    void shouldComputeDeepSeekR2() {
        DerivedMetrics m = DerivedMetrics.of(1200.0, 130000.0);
        assertEquals(new DerivedMetrics(41.6, AlScoreBand.EXTREMELY_POWERFUL, 108.3, TrainingCategory.COMPUTE_OPTIMAL), m);
    }

    @Test
    void shouldComputeDeepSeekV31FromItsInputsNotFromThePagesRoundedScore() {
        // models/deepseek-ai/deepseek-v31-base.md: 685.0B parameters, 15640.0B tokens, page shows "10.6"
        DerivedMetrics m = DerivedMetrics.of(685.0, 15640.0);
        assertEquals(new DerivedMetrics(10.9, AlScoreBand.VERY_POWERFUL, 22.8, TrainingCategory.COMPUTE_OPTIMAL), m);
    }

    @Test
    void shouldBandTheDisplayedAlScoreNotTheRawOne() {
        // √(1 × 82944) = 288; 288 ÷ 300 = 0.96 raw, displayed 1.0
        assertEquals(0.96, DerivedMetrics.rawAlScore(1.0, 82944.0));
        DerivedMetrics m = DerivedMetrics.of(1.0, 82944.0);
        assertEquals(1.0, m.alScore());
        assertEquals(AlScoreBand.MID_TIER, m.alScoreBand());
    }

    @Test
    void shouldShowTwentyAsExtremelyPowerful() {
        // √(1 × 35856144) = 5988; 5988 ÷ 300 = 19.96 raw, displayed 20.0
        assertEquals(19.96, DerivedMetrics.rawAlScore(1.0, 35856144.0));
        DerivedMetrics m = DerivedMetrics.of(1.0, 35856144.0);
        assertEquals(20.0, m.alScore());
        assertEquals(AlScoreBand.EXTREMELY_POWERFUL, m.alScoreBand());
    }

    @Test
    void shouldCategoriseTheDisplayedRatio() {
        assertEquals(19.96, DerivedMetrics.rawTokenParamRatio(100.0, 1996.0));
        DerivedMetrics m = DerivedMetrics.of(100.0, 1996.0);
        assertEquals(20.0, m.tokenParamRatio());
        assertEquals(TrainingCategory.COMPUTE_OPTIMAL, m.trainingCategory());

        assertEquals(TrainingCategory.UNDER_TRAINED, DerivedMetrics.of(100.0, 1994.0).trainingCategory());
    }

    @Test
    void shouldGiveNullsWhenAnInputIsMissing() {
        DerivedMetrics none = new DerivedMetrics(null, null, null, null);
        assertEquals(none, DerivedMetrics.of(null, 1000.0));
        assertEquals(none, DerivedMetrics.of(7.0, null));
        assertEquals(none, DerivedMetrics.of(null, null));
        assertEquals(none, DerivedMetrics.of(-1.0, 1000.0));
        assertNull(DerivedMetrics.rawAlScore(null, 1000.0));
        assertNull(DerivedMetrics.rawTokenParamRatio(7.0, null));
    }

    @Test
    void shouldGiveNoRatioForZeroParameters() {
        DerivedMetrics m = DerivedMetrics.of(0.0, 1000.0);
        assertNull(m.tokenParamRatio());
        assertNull(m.trainingCategory());
        assertNull(DerivedMetrics.rawTokenParamRatio(0.0, 1000.0));
        assertEquals(0.0, m.alScore());
        assertEquals(AlScoreBand.LIGHTWEIGHT, m.alScoreBand());
    }

    @Test
    void shouldMakeRawRangesAgreeWithTheDisplayedBandNearEveryEdge() {
        List<Double> raws = new ArrayList<>();
        for (double edge : new double[] { 1, 5, 10, 20 }) {
            for (int k = -200; k <= 200; k++) {
                raws.add(edge - 0.05 + k * 0.0005);
            }
            double onEdge = edge - 0.05;
            for (int i = 0; i < 5; i++) {
                raws.add(onEdge);
                raws.add(edge - 0.05 + 1e-12 * (i - 2));
                onEdge = Math.nextUp(onEdge);
            }
        }
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            raws.add(random.nextDouble() * 50);
        }

        for (int i = 0; i < raws.size(); i++) {
            double target = raws.get(i);
            double parameters = 1.0 + i % 7;
            double tokens = Math.pow(target * 300, 2) / parameters;
            double raw = DerivedMetrics.rawAlScore(parameters, tokens);
            AlScoreBand shown = DerivedMetrics.of(parameters, tokens).alScoreBand();
            assertEquals(bandWhoseRawRangeContains(raw), shown, () -> "raw ALScore " + raw);
        }
    }

    @Test
    void shouldMakeRawRangesAdjoinWithoutGaps() {
        AlScoreBand[] bands = AlScoreBand.values();
        assertEquals(Double.NEGATIVE_INFINITY, DerivedMetrics.rawAlScoreRange(bands[0])[0]);
        for (int i = 1; i < bands.length; i++) {
            assertEquals(DerivedMetrics.rawAlScoreRange(bands[i - 1])[1], DerivedMetrics.rawAlScoreRange(bands[i])[0]);
        }
        assertEquals(Double.POSITIVE_INFINITY, DerivedMetrics.rawAlScoreRange(bands[bands.length - 1])[1]);
        assertEquals(0.95, DerivedMetrics.rawAlScoreRange(AlScoreBand.MID_TIER)[0]);
        assertEquals(19.95, DerivedMetrics.rawAlScoreRange(AlScoreBand.EXTREMELY_POWERFUL)[0]);
    }

    private static AlScoreBand bandWhoseRawRangeContains(double raw) {
        AlScoreBand found = null;
        for (AlScoreBand b : AlScoreBand.values()) {
            double[] range = DerivedMetrics.rawAlScoreRange(b);
            if (raw >= range[0] && raw < range[1]) {
                assertNull(found, "raw " + raw + " is in two bands");
                found = b;
            }
        }
        return found;
    }
}
