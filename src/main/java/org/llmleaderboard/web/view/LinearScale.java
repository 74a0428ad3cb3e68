package org.llmleaderboard.web.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear axis from {@code min} to {@code max} with a tick every {@code step} (1, 2 or 5 × 10ⁿ): where a value falls
 * (0 to 1) and the tick values.
 */
public record LinearScale(double min, double max, double step) {

    /** 0–100 in steps of 20 for percentages; otherwise whole steps around the data. */
    public static LinearScale around(double dataMin, double dataMax, boolean percent) {
        if (percent) {
            return new LinearScale(0, 100, 20);
        }
        double step = AxisTick.niceStep(Math.max(dataMax - dataMin, 1), 5);
        double min = Math.floor(dataMin / step) * step;
        double max = Math.max(min + step, Math.ceil(dataMax / step) * step);
        return new LinearScale(min, max, step);
    }

    public double fraction(double value) {
        return (value - min) / (max - min);
    }

    /** A value kept inside the axis (a score beyond it is drawn at its edge). */
    public double clamp(double value) {
        return Math.max(min, Math.min(max, value));
    }

    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (double v = min; v <= max + step / 2; v += step) {
            ticks.add(v);
        }
        return ticks;
    }
}
