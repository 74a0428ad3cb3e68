package org.llmleaderboard.graphql.http;

import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.ValuesResolver;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import org.llmleaderboard.graphql.DirectField;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * How a value of a selected field is completed in one pass ({@link DirectLists}), decided once per list from the
 * document and the schema. {@link #of} answers null when some part needs graphql-java's own completion;
 * {@link #complete} throws {@link NotDirect} when a value does.
 */
abstract sealed class DirectShape {

    /** Thrown to hand a list back to graphql-java; no stack trace, it is expected and cheap. */
    static final class NotDirect extends RuntimeException {
        private static final NotDirect INSTANCE = new NotDirect();

        private NotDirect() {
            super("handled by graphql-java", null, false, false);
        }
    }

    private final boolean nonNull;

    private DirectShape(boolean nonNull) {
        this.nonNull = nonNull;
    }

    /** The completed value, as graphql-java would give it when it reports no error. */
    final Object complete(ExecutionContext context, Object raw) {
        if (raw instanceof CompletionStage<?> || raw instanceof DataFetcherResult<?>) {
            throw NotDirect.INSTANCE;
        }
        Object value = context.getValueUnboxer().unbox(raw);
        if (value == null) {
            return nullable(null);
        }
        return nullable(completeValue(context, value));
    }

    abstract Object completeValue(ExecutionContext context, Object value);

    private Object nullable(Object completed) {
        if (completed == null && nonNull) {
            throw NotDirect.INSTANCE;
        }
        return completed;
    }

    static DirectShape of(ExecutionContext context, FieldCollector collector, GraphQLOutputType type, MergedField field) {
        boolean nonNull = type instanceof GraphQLNonNull;
        Object unwrapped = nonNull ? ((GraphQLNonNull) type).getWrappedType() : type;
        if (unwrapped instanceof GraphQLScalarType || unwrapped instanceof GraphQLEnumType) {
            return new Leaf((GraphQLOutputType) unwrapped, nonNull);
        }
        if (unwrapped instanceof GraphQLList list) {
            DirectShape element = of(context, collector, (GraphQLOutputType) list.getWrappedType(), field);
            return element == null ? null : new ListOf(element, nonNull);
        }
        if (unwrapped instanceof GraphQLObjectType object) {
            return ObjectOf.of(context, collector, object, field, nonNull);
        }
        return null;
    }

    /** A scalar or enum, serialised by its type. */
    static final class Leaf extends DirectShape {
        private final GraphQLOutputType type;

        Leaf(GraphQLOutputType type, boolean nonNull) {
            super(nonNull);
            this.type = type;
        }

        @Override
        Object completeValue(ExecutionContext context, Object value) {
            try {
                return type instanceof GraphQLScalarType scalar
                        ? scalar.getCoercing().serialize(value, context.getGraphQLContext(), context.getLocale())
                        : ((GraphQLEnumType) type).serialize(value, context.getGraphQLContext(), context.getLocale());
            } catch (RuntimeException e) {
                // graphql-java reports a refused value as an error on the field.
                throw NotDirect.INSTANCE;
            }
        }
    }

    /** A list of values of one shape; as graphql-java, an iterable or an array. */
    static final class ListOf extends DirectShape {
        private final DirectShape element;

        ListOf(DirectShape element, boolean nonNull) {
            super(nonNull);
            this.element = element;
        }

        @Override
        Object completeValue(ExecutionContext context, Object value) {
            Iterable<?> items = value instanceof Iterable<?> iterable ? iterable
                    : value instanceof Object[] array ? Arrays.asList(array) : null;
            if (items == null) {
                throw NotDirect.INSTANCE;
            }
            List<Object> completed = new ArrayList<>();
            for (Object item : items) {
                completed.add(element.complete(context, item));
            }
            return completed;
        }
    }

    /** An object whose selected fields are all direct, in the order graphql-java collects them. */
    static final class ObjectOf extends DirectShape {
        private final String typeName;
        private final String[] keys;
        private final DirectField[] readers;
        private final DataFetchingEnvironment[] fields;
        private final DirectShape[] shapes;

        private ObjectOf(String typeName, int size, boolean nonNull) {
            super(nonNull);
            this.typeName = typeName;
            this.keys = new String[size];
            this.readers = new DirectField[size];
            this.fields = new DataFetchingEnvironment[size];
            this.shapes = new DirectShape[size];
        }

        static ObjectOf of(ExecutionContext context, FieldCollector collector, GraphQLObjectType type, MergedField field,
                           boolean nonNull) {
            FieldCollectorParameters parameters = FieldCollectorParameters.newParameters()
                    .schema(context.getGraphQLSchema()).objectType(type).fragments(context.getFragmentsByName())
                    .variables(context.getCoercedVariables().toMap()).graphQLContext(context.getGraphQLContext()).build();
            MergedSelectionSet selected = collector.collectFields(parameters, field, false);
            GraphQLCodeRegistry registry = context.getGraphQLSchema().getCodeRegistry();
            ObjectOf shape = new ObjectOf(type.getName(), selected.size(), nonNull);
            int i = 0;
            for (String key : selected.getKeys()) {
                MergedField sub = selected.getSubField(key);
                shape.keys[i] = key;
                if (!"__typename".equals(sub.getName())) {
                    GraphQLFieldDefinition definition = type.getFieldDefinition(sub.getName());
                    DataFetcher<?> fetcher = definition == null ? null : registry.getDataFetcher(type, definition);
                    if (!(fetcher instanceof DirectField reader)) {
                        return null;
                    }
                    shape.readers[i] = reader;
                    shape.fields[i] = environment(context, type, definition, sub, registry);
                    shape.shapes[i] = DirectShape.of(context, collector, definition.getType(), sub);
                    if (shape.shapes[i] == null) {
                        return null;
                    }
                }
                i++;
            }
            return shape;
        }

        private static DataFetchingEnvironment environment(ExecutionContext context, GraphQLObjectType type,
                                                           GraphQLFieldDefinition definition, MergedField field,
                                                           GraphQLCodeRegistry registry) {
            // Validated before execution; graphql-java resolves them the same way for each object.
            Map<String, Object> arguments = ValuesResolver.getArgumentValues(registry, definition.getArguments(),
                    field.getArguments(), context.getCoercedVariables(), context.getGraphQLContext(), context.getLocale());
            return DataFetchingEnvironmentImpl.newDataFetchingEnvironment(context).arguments(arguments)
                    .fieldDefinition(definition).mergedField(field).fieldType(definition.getType()).parentType(type)
                    .build();
        }

        @Override
        Object completeValue(ExecutionContext context, Object value) {
            Object[] values = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                values[i] = readers[i] == null ? typeName : shapes[i].complete(context, read(i, value));
            }
            return new Row(keys, values);
        }

        private Object read(int i, Object source) {
            Object value;
            try {
                value = readers[i].read(source, fields[i]);
            } catch (Exception e) {
                throw NotDirect.INSTANCE;
            }
            if (value == DirectField.NOT_DIRECT) {
                throw NotDirect.INSTANCE;
            }
            return value;
        }
    }

    /**
     * An object's completed fields, in order: the names shared by the whole list and this object's values, instead of
     * a hash table per object (a tenth of an uncached page's allocations). {@link CappedJson} writes it directly;
     * anything else reads it as a map.
     */
    static final class Row extends AbstractMap<String, Object> {
        final String[] keys;
        final Object[] values;

        Row(String[] keys, Object[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        public Object get(Object key) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(key)) {
                    return values[i];
                }
            }
            return null;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < keys.length;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (next >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new SimpleImmutableEntry<>(keys[i], values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return keys.length;
                }
            };
        }
    }
}
