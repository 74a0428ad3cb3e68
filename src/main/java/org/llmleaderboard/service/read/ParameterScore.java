package org.llmleaderboard.service.read;

import org.llmleaderboard.repository.PointRow;

/**
 * A model as a point of a chart: its parameters (or, for the price chart, its cheapest blended price) against its
 * headline score on one benchmark, and whether its weights are open (null: not known), for the chart's legend.
 */
public record ParameterScore(String name, String slug, String lab, double parameters, double score, Boolean openWeights) {

    static ParameterScore from(PointRow p) {
        return new ParameterScore(p.name(), p.slug(), p.lab(), p.value(), p.score(), p.openWeights());
    }
}
