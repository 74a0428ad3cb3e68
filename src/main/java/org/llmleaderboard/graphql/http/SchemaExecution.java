package org.llmleaderboard.graphql.http;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import org.llmleaderboard.graphql.DirectScores;

/**
 * How the schema SmallRye builds is executed; its types, fields, arguments and introspection stay as they are
 * ({@code SchemaExecutionTest}). Applied through {@link ResolverEvents#beforeSchemaBuild}: a CDI observer of the
 * builder would need SmallRye's CDI events, which cost far more per request.
 * <ul>
 * <li>Every field is visible through graphql-java's default. SmallRye reads {@code quarkus.smallrye-graphql.field-visibility}'s
 * default, {@code default}, as a pattern of fields to hide, and so looked every field up through a filter that built
 * its full name and matched it against "default": about a tenth of an uncached {@code models} page's allocations.</li>
 * <li>Plain fields are read straight from their record ({@link PlainFields}), and a model's score on a known
 * benchmark from its headline scores ({@link DirectScores}).</li>
 * </ul>
 * BENCHMARKS.md, "Issue 18: fourth pass".
 */
final class SchemaExecution {

    private SchemaExecution() {
    }

    static GraphQLSchema.Builder tuned(GraphQLSchema.Builder builder) {
        GraphQLSchema built = builder.build();
        GraphQLCodeRegistry registry = built.getCodeRegistry().transform(r -> {
            r.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            PlainFields.readDirectly(built, r);
            DirectScores.register(built.getObjectType("LanguageModel"), r);
        });
        return builder.codeRegistry(registry);
    }
}
