package org.llmleaderboard.service.edit;

import jakarta.enterprise.context.ApplicationScoped;

/** The four writers together, for the services that use them all (the edit API and the imports). */
@ApplicationScoped
public class Writers {

    private final LabWriter labs;
    private final ModelWriter models;
    private final BenchmarkWriter benchmarks;
    private final ScoreWriter scores;

    Writers(LabWriter labs, ModelWriter models, BenchmarkWriter benchmarks, ScoreWriter scores) {
        this.labs = labs;
        this.models = models;
        this.benchmarks = benchmarks;
        this.scores = scores;
    }

    public LabWriter labs() {
        return labs;
    }

    public ModelWriter models() {
        return models;
    }

    public BenchmarkWriter benchmarks() {
        return benchmarks;
    }

    public ScoreWriter scores() {
        return scores;
    }
}
