package org.llmleaderboard.graphql.http;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * How the schema is executed ({@link SchemaExecution}): without a field filter, plain properties and known
 * scores read straight from their records with the same values SmallRye gave (an unknown benchmark's error is
 * SmallRye's: {@code LeaderboardGraphQLTest}, scores both ways: {@code HeadlineScoresGraphQLTest}); the schema the same.
 */
@QuarkusTest
class SchemaExecutionTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void shouldLookFieldsUpWithoutAFilter() {
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY, schema.getCodeRegistry().getFieldVisibility());
    }

    @Test
    void shouldReadPlainPropertiesAndKnownScoresDirectlyAndLeaveBatchResolversToSmallRye() {
        GraphQLObjectType model = schema.getObjectType("LanguageModel");
        assertFalse(fetcher(model, "slug") instanceof FieldDataFetcher, "slug is read through SmallRye's context");
        assertFalse(fetcher(model, "parameters") instanceof FieldDataFetcher);
        assertInstanceOf(io.smallrye.graphql.execution.datafetcher.BatchDataFetcher.class, fetcher(model, "aliases"));
        assertEquals("org.llmleaderboard.graphql.DirectScores$Known", fetcher(model, "score").getClass().getName());
    }

    @Test
    void shouldAnswerThePlainPropertiesAsTheRestApiDoes() {
        JsonPath graphql = given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ models(first: 50) { items { slug name parameters trainingTokens alScore "
                        + "alScoreBand releaseDate openWeights inputModalities lab { slug name } } } }"))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
        JsonPath rest = given().get("/api/models?first=50").then().statusCode(200).extract().jsonPath();
        for (String property : List.of("slug", "name", "parameters", "trainingTokens", "alScore", "alScoreBand", "releaseDate",
                "openWeights", "inputModalities", "lab.slug", "lab.name")) {
            List<Object> fromGraphQL = graphql.getList("data.models.items." + property);
            assertEquals(50, fromGraphQL.size(), property);
            assertEquals(rest.getList("items." + property), fromGraphQL, property);
        }
    }

    @Test
    void shouldStillShowEveryFieldToIntrospection() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ __type(name: \"LanguageModel\") { fields { name } } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.__type.fields.name", hasItems("slug", "name", "lab", "score", "scores", "parameters"));
    }

    private Object fetcher(GraphQLObjectType type, String field) {
        return schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, type.getFieldDefinition(field)),
                type.getFieldDefinition(field));
    }
}
