package org.llmleaderboard.graphql.http;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CappedJsonTest {

    private static JsonObject answer(int rows) {
        var items = Json.createArrayBuilder();
        for (int i = 0; i < rows; i++) {
            items.add(Json.createObjectBuilder().add("name", "Model \u00e9 " + i).add("score", i * 1.5));
        }
        return Json.createObjectBuilder().add("data", Json.createObjectBuilder().add("models", items)).build();
    }

    @Test
    void shouldWriteTheSameBytesAsToStringUnderTheCap() {
        JsonObject body = answer(1000);
        byte[] expected = body.toString().getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, CappedJson.encode(body, expected.length));
    }

    @Test
    void shouldStopAtTheCapAndRefuseTheAnswer() {
        JsonObject body = answer(100_000);
        int size = body.toString().getBytes(StandardCharsets.UTF_8).length;
        assertNull(CappedJson.encode(body, size - 1));
        assertNull(CappedJson.encode(body, 10_000));
    }
}
