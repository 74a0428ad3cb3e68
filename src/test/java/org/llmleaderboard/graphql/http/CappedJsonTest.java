package org.llmleaderboard.graphql.http;

import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import io.smallrye.graphql.execution.ExecutionResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /** What graphql-java hands over: maps in selection order, lists, coerced scalars, nulls. */
    private static Map<String, Object> data() {
        List<Object> items = new ArrayList<>();
        double[] doubles = { 70.0, 1623.9, 0.1, 1.0E-5, 1.0E10, 271886.0, -0.0, 123456789.123, 3.0E-7, 2.5E21 };
        for (int i = 0; i < doubles.length; i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("slug", "lab-" + i + "/model \u00e9 \"quoted\" back\\slash\n\ttab \u2028 \u0001 \ud83d\ude00");
            item.put("parameters", doubles[i]);
            item.put("count", i);
            item.put("big", (long) Integer.MAX_VALUE * (i + 2));
            item.put("id", BigInteger.valueOf(i).shiftLeft(70));
            item.put("exact", new BigDecimal("12.50"));
            item.put("open", i % 2 == 0);
            item.put("none", null);
            item.put("tags", Arrays.asList("a", null, "c"));
            item.put("lab", Map.of("slug", "lab-" + i));
            items.add(item);
        }
        Map<String, Object> models = new LinkedHashMap<>();
        models.put("totalCount", 1000);
        models.put("items", items);
        return Map.of("models", models);
    }

    @Test
    void shouldWriteAnAnswerWithoutErrorsAsTheSameBytesAsSmallRyesJsonTree() {
        var result = ExecutionResultImpl.newExecutionResult().data(data()).build();
        JsonObject smallRye = new ExecutionResponse(result).getExecutionResultAsJsonObject();
        byte[] expected = CappedJson.encode(smallRye, Integer.MAX_VALUE);
        assertEquals(new String(expected, StandardCharsets.UTF_8),
                new String(CappedJson.plainAnswer(result, Integer.MAX_VALUE), StandardCharsets.UTF_8));
        assertNull(CappedJson.plainAnswer(result, expected.length - 1), "past the cap");
    }

    @Test
    void shouldLeaveAnAnswerWithErrorsOrAnUnexpectedValueToSmallRye() {
        var withError = ExecutionResultImpl.newExecutionResult().data(data())
                .addError(GraphqlErrorBuilder.newError().message("no").build()).build();
        assertNull(CappedJson.plainAnswer(withError, Integer.MAX_VALUE));
        var odd = ExecutionResultImpl.newExecutionResult().data(Map.of("when", java.time.LocalDate.of(2025, 1, 2))).build();
        assertNull(CappedJson.plainAnswer(odd, Integer.MAX_VALUE));
        var noData = ExecutionResultImpl.newExecutionResult().addError(GraphqlErrorBuilder.newError().message("bad").build()).build();
        assertNull(CappedJson.plainAnswer(noData, Integer.MAX_VALUE));
    }
}
