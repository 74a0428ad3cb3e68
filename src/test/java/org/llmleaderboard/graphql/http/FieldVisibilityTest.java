package org.llmleaderboard.graphql.http;

import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Every field is visible through graphql-java's own default, not a filter that matches nothing; introspection is whole. */
@QuarkusTest
class FieldVisibilityTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void shouldLookFieldsUpWithoutAFilter() {
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY, schema.getCodeRegistry().getFieldVisibility());
    }

    @Test
    void shouldStillShowEveryFieldToIntrospectionAndAnswerThem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ __type(name: \"LanguageModel\") { fields { name } } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.__type.fields.name", hasItems("slug", "name", "lab", "score", "scores", "parameters"));
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ models(first: 2) { items { slug name lab { slug } } } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.models.items.size()", org.hamcrest.Matchers.equalTo(2));
    }
}
