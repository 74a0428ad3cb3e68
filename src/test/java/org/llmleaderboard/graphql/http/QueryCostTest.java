package org.llmleaderboard.graphql.http;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.repository.RelationSizes;
import org.llmleaderboard.service.read.RelationSizeService;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cost of queries against the real schema and the bundled data's relation sizes. */
@QuarkusTest
class QueryCostTest {

    static final long LIMIT = 50_000;

    @Inject
    GraphQLSchema schema;

    @Inject
    RelationSizeService sizes;

    long cost(String query, Map<String, Object> variables) throws Exception {
        Document document = Parser.parse(query);
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
        return new QueryCost(schema, document, variables, sizes.current()::of, Long.MAX_VALUE).of(operation);
    }

    @Test
    void shouldCountEachFieldOncePerRowItCanAppearIn() throws Exception {
        // models: 1, items: 1, then 10 rows × (name + lab + lab.name)
        assertEquals(2 + 10 * 3, cost("{ models(first: 10) { items { name lab { name } } } }", Map.of()));
        // the schema's default page size applies when `first` is left out
        assertEquals(2 + 50, cost("{ models { items { name } } }", Map.of()));
        // and a variable's value, or its default
        assertEquals(2 + 7, cost("query($n: Int) { models(first: $n) { items { name } } }", Map.of("n", 7L)));
        assertEquals(2 + 3, cost("query($n: Int = 3) { models(first: $n) { items { name } } }", Map.of()));
    }

    @Test
    void shouldMultiplyARelationWithoutFirstByItsLargestSizeInTheData() throws Exception {
        RelationSizes now = sizes.current();
        assertTrue(now.labs() >= 173 && now.modelsPerLab() > 10, "sizes counted from the bundled data: " + now);
        assertEquals(1 + now.labs() * (1 + now.modelsPerLab()), cost("{ labs { models { name } } }", Map.of()));
    }

    @Test
    void shouldCountAliasesAndFragmentsEachTimeTheyAppear() throws Exception {
        long one = cost("{ models(first: 10) { items { name } } }", Map.of());
        assertEquals(3 * one, cost("{ a: models(first: 10) { items { name } } b: models(first: 10) { items { name } } "
                + "c: models(first: 10) { items { name } } }", Map.of()));
        assertEquals(2 * one, cost("fragment F on Query { models(first: 10) { items { name } } } { ...F ...F }", Map.of()));
    }

    @Test
    void shouldCostTheNestedLabModelsQueryOfTheIssueFarOverTheLimit() throws Exception {
        long cost = cost("{ models(first:500) { items { name lab { models { name lab { models { name lab { models { name } } } } } } } } }", Map.of());
        assertTrue(cost > 1000 * LIMIT, "cost " + cost);
    }

    @Test
    void shouldStopCountingAsSoonAsTheLimitIsPassed() {
        String bomb = "{ models(first:500) { items { lab { models { lab { models { lab { models { lab { models { name } } } } } } } } } } }";
        Document document = Parser.parse(bomb);
        QueryCost.TooExpensive e = assertThrows(QueryCost.TooExpensive.class, () -> new QueryCost(schema, document, Map.of(),
                sizes.current()::of, 1000).of(document.getDefinitionsOfType(OperationDefinition.class).get(0)));
        assertTrue(e.cost > 1000 && e.cost < 1_000_000, "stopped at " + e.cost);
    }

    @Test
    void shouldFindAFragmentCycleInsteadOfRecursingForever() {
        Document document = Parser.parse("fragment A on Query { ...B } fragment B on Query { ...A } { ...A }");
        assertThrows(QueryCost.FragmentCycle.class, () -> new QueryCost(schema, document, Map.of(), sizes.current()::of, LIMIT)
                .of(document.getDefinitionsOfType(OperationDefinition.class).get(0)));
    }

    @Test
    void shouldCostIntrospectionExactlyFromTheSchema() throws Exception {
        int types = schema.getAllTypesAsList().size();
        assertEquals(2 + types, cost("{ __schema { types { name } } }", Map.of()));
        long ui = cost(resource("/graphql/introspection.graphql"), Map.of());
        assertTrue(ui < LIMIT / 4, "the GraphQL UI's schema query costs " + ui);
    }

    @Test
    void shouldKnowTheLargestSizeOfEveryListOfObjectsInTheSchemaThatHasNoFirstArgument() {
        List<String> unknown = new ArrayList<>();
        for (var type : schema.getAllTypesAsList()) {
            if (type.getName().startsWith("__") || !(type instanceof GraphQLObjectType container)) {
                continue;
            }
            for (GraphQLFieldDefinition field : ((GraphQLFieldsContainer) container).getFieldDefinitions()) {
                boolean listOfObjects = GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList
                        && GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLFieldsContainer;
                boolean paged = field.getArgument("first") != null || type.getName().endsWith("Page");
                if (listOfObjects && !paged && !RelationSizes.knows(type.getName(), field.getName())) {
                    unknown.add(type.getName() + "." + field.getName());
                }
            }
        }
        assertEquals(List.of(), unknown, "list relations the cost counts as " + RelationSizes.UNKNOWN + " rows");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = QueryCostTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
