package org.llmleaderboard.web;

import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;

/** {@link DataQualityTest}'s report query, for the same check on every source ({@code OpenSourcesDataQualityTest}). */
public final class DataQualityTestAccess {

    private DataQualityTestAccess() {
    }

    public static JsonPath report() {
        return DataQualityTest.report();
    }

    public static String listed(List<Map<String, Object>> clusters) {
        return DataQualityTest.listed(clusters);
    }
}
