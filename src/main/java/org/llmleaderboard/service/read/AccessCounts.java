package org.llmleaderboard.service.read;

/** Models per access. */
public record AccessCounts(int publicModels, int privateModels, int unknown) {

    public int total() {
        return publicModels + privateModels + unknown;
    }
}
