package org.llmleaderboard.service.load.source;

import org.llmleaderboard.service.identity.OwnBundledDatabase;

import java.util.Map;

/**
 * The bundled data as a first start loads it: the first three sets and the eight open sources, on a database of its
 * own (the other suites keep the first three sets' figures). Suites that write on it declare a subclass with their
 * own name only when they must not see each other's writes.
 */
public class AllSources extends OwnBundledDatabase {

    @Override
    protected String h2Name() {
        return "all-sources";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = super.getConfigOverrides();
        config.put("leaderboard.bundled-data.open-sources", "true");
        // The suites on these sets test the merges themselves, not the first-start snapshot of what they produce.
        config.put("leaderboard.bundled-data.snapshot", "false");
        return config;
    }
}
