package org.llmleaderboard.graphql.http;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import org.jboss.logging.Logger;
import org.llmleaderboard.graphql.DirectField;

import java.lang.reflect.Method;

/**
 * A field that is a record's (or bean's) plain property is read by calling its accessor, then converted as SmallRye
 * converts it ({@link FieldHelper}), without SmallRye's per-field context.
 * <p>
 * SmallRye's own {@link FieldDataFetcher} builds a context for each field of each object before reading it (the
 * field's path as text, its selected sub-fields, a copy of the request's context) and clears it after: a page of
 * 100 models with ten fields each did that a thousand times, a third of an uncached {@code models} request's
 * allocations (BENCHMARKS.md, "Issue 18: fourth pass"). Nothing in a plain property reads that context. Resolvers
 * with arguments or sources (an unknown benchmark's {@code score}, batch resolvers such as {@code aliases}) keep
 * SmallRye's fetchers, and so does any field whose SmallRye description cannot be read (then logged once at start).
 */
@RegisterForReflection(targets = FieldDataFetcher.class, fields = true, methods = false)
final class PlainFields {

    private static final Logger LOG = Logger.getLogger(PlainFields.class);

    private PlainFields() {
    }

    static void readDirectly(GraphQLSchema schema, GraphQLCodeRegistry.Builder registry) {
        java.lang.reflect.Field fieldOf;
        java.lang.reflect.Field ownerOf;
        try {
            fieldOf = FieldDataFetcher.class.getDeclaredField("field");
            ownerOf = FieldDataFetcher.class.getDeclaredField("owner");
            fieldOf.setAccessible(true);
            ownerOf.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("GraphQL fields are read through SmallRye's context: %s", e);
            return;
        }
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast).toList()) {
            for (GraphQLFieldDefinition definition : type.getFieldDefinitions()) {
                FieldCoordinates at = FieldCoordinates.coordinates(type, definition);
                if (registry.getDataFetcher(at, definition) instanceof FieldDataFetcher<?> smallRye) {
                    try {
                        Field field = (Field) fieldOf.get(smallRye);
                        Reference owner = (Reference) ownerOf.get(smallRye);
                        if (field.getMethodName() != null) {
                            Method accessor = Class.forName(owner.getClassName(), false,
                                    Thread.currentThread().getContextClassLoader()).getMethod(field.getMethodName());
                            registry.dataFetcher(at, new Accessor(accessor, new FieldHelper(field)));
                        }
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        LOG.warnf("GraphQL field %s is read through SmallRye's context: %s", at, e);
                    }
                }
            }
        }
    }

    /** Reads one property and converts it as SmallRye's {@link FieldDataFetcher} does, minus the context. */
    private record Accessor(Method accessor, FieldHelper helper)
            implements DataFetcher<Object>, TrivialDataFetcher<Object>, DirectField {

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return read(environment.getSource(), environment);
        }

        /** SmallRye's conversion reads the field's definition from the environment, never its source. */
        @Override
        public Object read(Object source, DataFetchingEnvironment field) throws Exception {
            return helper.transformOrAdaptResponse(accessor.invoke(source), field);
        }
    }
}
