package org.llmleaderboard.graphql.http;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;

/**
 * Every field of the schema is visible, as graphql-java's default says, without SmallRye's filter.
 * <p>
 * SmallRye reads {@code quarkus.smallrye-graphql.field-visibility}'s default, {@code default}, as a list of field
 * patterns to hide, and so looks every field up through a filter that builds the field's full name and matches it
 * against the pattern "default", which no field matches. That was about a tenth of an uncached {@code models} page's
 * allocations (BENCHMARKS.md, "Issue 18: fourth pass"). Only the execution changes: the schema's types, fields and
 * introspection are the same ({@code FieldVisibilityTest}). Applied through {@link ResolverEvents#beforeSchemaBuild}:
 * a CDI observer of the builder would need SmallRye's CDI events, which cost far more per request.
 */
final class FieldVisibility {

    private FieldVisibility() {
    }

    static GraphQLSchema.Builder everyFieldVisible(GraphQLSchema.Builder builder) {
        GraphQLCodeRegistry registry = builder.build().getCodeRegistry()
                .transform(r -> r.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY));
        return builder.codeRegistry(registry);
    }
}
