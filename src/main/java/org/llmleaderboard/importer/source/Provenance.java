package org.llmleaderboard.importer.source;

/** Who produced a score, as its source says. */
public enum Provenance {
    /** Run by the source itself on the model, independently of its maker (Epoch's own runs, LiveBench, aider). */
    INDEPENDENT,
    /** Published by the model's maker (a model card, a launch post). */
    SELF_REPORTED,
    /** Collected by the source from another leaderboard or paper; who ran it is the cited source's business. */
    COLLECTED
}
