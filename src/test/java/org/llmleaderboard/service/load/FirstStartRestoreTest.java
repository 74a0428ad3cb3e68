package org.llmleaderboard.service.load;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.llmleaderboard.repository.snapshot.TableSnapshot;
import org.llmleaderboard.service.load.source.AllSources;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A first start on embedded H2 restores the bundled snapshot: every row of it, sequences that continue after its ids,
 * each set's load stamped with the start, and pages and GraphQL that answer as after the merges
 * ({@link FirstStartSnapshotTest} proves the snapshot equals the merges' rows).
 */
@QuarkusTest
@TestProfile(FirstStartRestoreTest.Restored.class)
@DisabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql",
        disabledReason = "the snapshot is restored on embedded H2 only")
class FirstStartRestoreTest {

    /** Every set due, as on a first start with README's settings, and the snapshot on, on a database of its own. */
    public static class Restored extends AllSources {
        @Override
        protected String h2Name() {
            return "first-start-restored";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.put("leaderboard.bundled-data.snapshot", "true");
            return config;
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void shouldRestoreEveryRowOfTheSnapshotOnAFirstStart() throws Exception {
        FirstStartSnapshotTest.assertSame(FirstStartSnapshotTest.bundled(), FirstStartSnapshotTest.rowsOf(dataSource));
    }

    @Test
    void shouldStampEachSetsLoadWithTheStartNotTheSnapshotsMaking() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*), min(loaded_at) from data_load")) {
            rs.next();
            assertEquals(BundledDataLoader.allSets().size(), rs.getInt(1));
            TableSnapshot.Table loads = FirstStartSnapshotTest.bundled().tables().stream()
                    .filter(t -> t.name().equals("DATA_LOAD")).findFirst().orElseThrow();
            int column = loads.columns().indexOf("LOADED_AT");
            LocalDateTime made = loads.rows().stream().map(r -> (LocalDateTime) r[column]).max(LocalDateTime::compareTo).orElseThrow();
            assertTrue(rs.getTimestamp(2).toLocalDateTime().isAfter(made), rs.getTimestamp(2) + " after the snapshot's " + made);
        }
    }

    @Test
    void shouldContinueEverySequenceAfterTheRestoredIds() throws Exception {
        String[][] tables = {{"lab", "lab_seq"}, {"language_model", "language_model_seq"}, {"benchmark", "benchmark_seq"},
                {"score", "score_seq"}, {"provider", "provider_seq"}, {"provider_offering", "provider_offering_seq"},
                {"model_fact", "model_fact_seq"}, {"benchmark_review", "benchmark_review_seq"},
                {"unresolved_record", "unresolved_record_seq"}};
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String[] table : tables) {
                try (ResultSet rs = statement.executeQuery("select (select max(id) from " + table[0] + "), base_value"
                        + " from information_schema.sequences where sequence_name = '" + table[1].toUpperCase() + "'")) {
                    rs.next();
                    assertTrue(rs.getLong(1) > 0, table[0] + " has rows");
                    assertTrue(rs.getLong(2) > rs.getLong(1), table[1] + " continues after " + table[0] + "'s ids");
                }
            }
        }
    }

    @Test
    void shouldAnswerPagesAndGraphQLOnTheRestoredData() {
        given().get("/").then().statusCode(200).body(containsString("Showing 100 of 2416 models"));
        given().contentType(ContentType.JSON).body(Map.of("query", "{ models(first: 0) { totalCount } }")).post("/graphql")
                .then().statusCode(200).body("data.models.totalCount", equalTo(2416));
        given().get("/labs/openai").then().statusCode(200).body(containsString("GPT-4o"));
    }
}
