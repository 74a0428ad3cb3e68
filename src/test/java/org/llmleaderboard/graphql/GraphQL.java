package org.llmleaderboard.graphql;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Posts a GraphQL document to {@code /graphql}, as a client would. */
final class GraphQL {

    private GraphQL() {
    }

    static ValidatableResponse query(String document) {
        return query(document, Map.of());
    }

    static ValidatableResponse query(String document, Map<String, Object> variables) {
        return given()
                .contentType(ContentType.JSON)
                .body(Map.of("query", document, "variables", variables))
                .when().post("/graphql")
                .then().statusCode(200);
    }
}
