package org.llmleaderboard.web.view;

import java.util.List;

/**
 * The frame every chart shares: its accessible name and description, axis titles and ticks. Charts are drawn in a
 * coordinate system that keeps text at its CSS size at any width: the SVG has no {@code viewBox}, x positions are
 * percentages of the plot's width (the SVG is the plot; CSS leaves margins beside it for the vertical axis's labels,
 * drawn outside it), y positions are CSS pixels in an SVG of a fixed height. Lines that need a path (step lines,
 * frontiers) are drawn in a nested SVG stretched to the plot, x 0–100 and y in pixels, with non-scaling strokes.
 *
 * @param xTicks labels and x positions in percent of the plot's width
 * @param yTicks labels and y positions in pixels
 */
public record PlotFrame(String id, String title, String description, String xTitle, String yTitle, List<AxisTick> xTicks,
        List<AxisTick> yTicks) {

    /** The SVG's height in CSS pixels; the plot lies between {@link #TOP} and {@link #BOTTOM}. */
    public static final int HEIGHT = 290;
    static final double TOP = 36;
    static final double BOTTOM = 238;

    /** A y position in pixels for a fraction of the vertical axis (0 at the bottom). */
    static double y(double fraction) {
        return AxisTick.px(BOTTOM - fraction * (BOTTOM - TOP));
    }

    /** An x position in percent of the plot's width for a fraction of the horizontal axis. */
    static double x(double fraction) {
        return AxisTick.px(100 * fraction);
    }

    public int height() {
        return HEIGHT;
    }

    public double top() {
        return TOP;
    }

    public double bottom() {
        return BOTTOM;
    }

    /** Baseline of the horizontal axis's tick labels. */
    public double xTickLabelY() {
        return BOTTOM + 17;
    }

    /** Baseline of the horizontal axis's title. */
    public double xTitleY() {
        return HEIGHT - 4;
    }

    /** Baseline of the vertical axis's title, written level above the plot (readable on a phone, no rotation). */
    public double yTitleY() {
        return TOP - 12;
    }

    /** The nested SVG's {@code viewBox}: x 0–100 stretched to the plot's width, y in pixels. */
    public String lineViewBox() {
        return "0 0 100 " + HEIGHT;
    }
}
