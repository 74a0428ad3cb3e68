package org.llmleaderboard.web.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A base-10 logarithmic axis from one power of ten to another: where a value falls (0 to 1) and its ticks — every
 * power of ten, plus 2 and 5 times it when the axis spans at most two decades (so a short axis still has several).
 * Values are in the unit of the data: billions of parameters, or US dollars per million tokens.
 *
 * @param lowDecade  the exponent of the axis's first power of ten
 * @param highDecade the exponent of its last, greater than {@code lowDecade}
 */
public record LogScale(int lowDecade, int highDecade) {

    /** Spans up to this many decades get 1-2-5 ticks; longer ones one tick per decade. */
    static final int MAX_DECADES_WITH_MINOR_TICKS = 2;

    public LogScale {
        if (highDecade <= lowDecade) {
            throw new IllegalArgumentException("an axis spans at least one decade: " + lowDecade + ".." + highDecade);
        }
    }

    /**
     * The whole decades around {@code min} to {@code max} (positive values), never narrower than
     * {@code minDecade}–{@code maxDecade}, so that charts of little data keep a familiar frame.
     */
    public static LogScale around(double min, double max, int minDecade, int maxDecade) {
        int lo = min > 0 ? Math.min(minDecade, (int) Math.floor(Math.log10(min))) : minDecade;
        int hi = max > 0 ? Math.max(maxDecade, (int) Math.ceil(Math.log10(max))) : maxDecade;
        return new LogScale(lo, Math.max(hi, lo + 1));
    }

    /** Where {@code value} lies on the axis: 0 at its first power of ten, 1 at its last (outside for values beyond). */
    public double fraction(double value) {
        return (Math.log10(value) - lowDecade) / (highDecade - lowDecade);
    }

    /** The tick values, smallest first: powers of ten, and 2 and 5 times them on a short axis. */
    public List<Double> ticks() {
        boolean minor = highDecade - lowDecade <= MAX_DECADES_WITH_MINOR_TICKS;
        List<Double> ticks = new ArrayList<>();
        for (int d = lowDecade; d <= highDecade; d++) {
            double power = Math.pow(10, d);
            ticks.add(power);
            if (minor && d < highDecade) {
                ticks.add(2 * power);
                ticks.add(5 * power);
            }
        }
        return ticks;
    }

    /** A parameter count given in billions, short: "100M", "1B", "20B", "1T", "10T". */
    public static String parameters(double billions) {
        if (billions >= 1000) {
            return Format.number(billions / 1000, 1) + "T";
        }
        if (billions >= 1) {
            return Format.number(billions, 1) + "B";
        }
        return Format.number(billions * 1000, 0) + "M";
    }

    /** A price in US dollars, short: "$0.01", "$0.5", "$1", "$100". */
    public static String dollars(double value) {
        return "$" + Format.number(value, value >= 1 ? 0 : value >= 0.1 ? 1 : value >= 0.01 ? 2 : 3);
    }
}
