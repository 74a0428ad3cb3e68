package org.llmleaderboard.graphql.http;

import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLModifiedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.ToIntBiFunction;

/**
 * The cost of a GraphQL operation, computed from its document before anything runs: the number of field
 * values it can produce. A field costs 1 for each time it can appear in the response, so a list multiplies
 * everything below it by its size: its {@code first} argument (a page's list takes the page's {@code first}),
 * or else the relation's real maximum in the data ({@code RelationSizes}). Aliases and fragment spreads are
 * counted each time they appear. Introspection is costed exactly against the schema, since its lists (types,
 * fields, arguments) are known. The walk stops as soon as the limit is passed, so costing a hostile document
 * is itself cheap.
 */
public final class QueryCost {

    /** The cost went over the limit; {@code cost} is what was counted when the walk stopped. */
    public static final class TooExpensive extends Exception {
        public final long cost;

        TooExpensive(long cost) {
            super(null, null, false, false);
            this.cost = cost;
        }
    }

    /** Fields nest deeper than the limit. */
    public static final class TooDeep extends Exception {
        public final int depth;

        TooDeep(int depth) {
            super(null, null, false, false);
            this.depth = depth;
        }
    }

    /** A fragment spreads itself, directly or through others: it would never end. */
    public static final class FragmentCycle extends Exception {
        public final String fragment;

        FragmentCycle(String fragment) {
            super(null, null, false, false);
            this.fragment = fragment;
        }
    }

    private final GraphQLSchema schema;
    private final Document document;
    private final Map<String, Object> variables;
    private final ToIntBiFunction<String, String> listSizes;
    private final long limit;
    private int maxDepth = Integer.MAX_VALUE;
    private final Map<String, FragmentDefinition> fragments;
    private final Deque<String> spreading = new ArrayDeque<>();
    private Map<String, Value> variableDefaults = Map.of();
    private long total;

    /**
     * @param listSizes the largest size of the list field {@code (type, field)} without a {@code first}
     *                  argument, e.g. {@code ("Lab", "models")}
     */
    public QueryCost(GraphQLSchema schema, Document document, Map<String, Object> variables,
            ToIntBiFunction<String, String> listSizes, long limit) {
        this.schema = schema;
        this.document = document;
        this.variables = variables == null ? Map.of() : variables;
        this.listSizes = listSizes;
        this.limit = limit;
        this.fragments = new java.util.HashMap<>();
        for (FragmentDefinition f : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.putIfAbsent(f.getName(), f);
        }
    }

    /** Also refuse fields nested deeper than {@code maxDepth} (through fragments too). */
    public QueryCost maxDepth(int maxDepth) {
        this.maxDepth = maxDepth;
        return this;
    }

    /** The cost of {@code operation}; throws as soon as it passes the limit. */
    public long of(OperationDefinition operation) throws TooExpensive, FragmentCycle, TooDeep {
        total = 0;
        variableDefaults = new java.util.HashMap<>();
        for (VariableDefinition v : operation.getVariableDefinitions()) {
            if (v.getDefaultValue() != null) {
                variableDefaults.put(v.getName(), v.getDefaultValue());
            }
        }
        int depth = depth(operation.getSelectionSet(), new java.util.HashMap<>());
        if (depth > maxDepth) {
            throw new TooDeep(depth);
        }
        GraphQLObjectType root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        selections(operation.getSelectionSet(), root, 1, 0, 1);
        return total;
    }

    /**
     * How deep fields nest, from the document alone (the cost walk does not descend where the data or the
     * schema has nothing). Each fragment's depth is computed once, so nested spreads cannot make it slow.
     */
    private int depth(SelectionSet set, Map<String, Integer> fragmentDepths) throws FragmentCycle {
        int deepest = 0;
        if (set == null) {
            return 0;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                deepest = Math.max(deepest, 1 + depth(field.getSelectionSet(), fragmentDepths));
            } else if (selection instanceof InlineFragment inline) {
                deepest = Math.max(deepest, depth(inline.getSelectionSet(), fragmentDepths));
            } else if (selection instanceof FragmentSpread spread) {
                Integer known = fragmentDepths.get(spread.getName());
                if (known == null) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragment == null) {
                        continue;
                    }
                    if (spreading.contains(spread.getName())) {
                        throw new FragmentCycle(spread.getName());
                    }
                    spreading.push(spread.getName());
                    known = depth(fragment.getSelectionSet(), fragmentDepths);
                    spreading.pop();
                    fragmentDepths.put(spread.getName(), known);
                }
                deepest = Math.max(deepest, known);
            }
        }
        return deepest;
    }

    private void add(long amount) throws TooExpensive {
        total = saturatedAdd(total, amount);
        if (total > limit) {
            throw new TooExpensive(total);
        }
    }

    /** @param pageSize the {@code first} of the field that holds this selection (for a page's list), or 0 */
    private void selections(SelectionSet set, GraphQLType parent, long multiplier, int pageSize, int depth)
            throws TooExpensive, FragmentCycle, TooDeep {
        if (set == null) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                field(field, parent, multiplier, pageSize, depth);
            } else if (selection instanceof InlineFragment inline) {
                selections(inline.getSelectionSet(),
                        inline.getTypeCondition() == null ? parent : schema.getType(inline.getTypeCondition().getName()),
                        multiplier, pageSize, depth);
            } else if (selection instanceof FragmentSpread spread) {
                spread(spread.getName(), parent, multiplier, pageSize, null, depth);
            }
        }
    }

    private void spread(String name, GraphQLType parent, long multiplier, int pageSize, Object introspected, int depth)
            throws TooExpensive, FragmentCycle, TooDeep {
        FragmentDefinition fragment = fragments.get(name);
        if (fragment == null) {
            return; // validation reports it
        }
        if (spreading.contains(name)) {
            throw new FragmentCycle(name);
        }
        spreading.push(name);
        GraphQLType type = fragment.getTypeCondition() == null ? parent : schema.getType(fragment.getTypeCondition().getName());
        if (introspected != null) {
            introspection(fragment.getSelectionSet(), introspected, multiplier, depth);
        } else {
            selections(fragment.getSelectionSet(), type == null ? parent : type, multiplier, pageSize, depth);
        }
        spreading.pop();
    }

    private void field(Field field, GraphQLType parent, long multiplier, int pageSize, int depth)
            throws TooExpensive, FragmentCycle, TooDeep {
        add(multiplier);
        String name = field.getName();
        if (field.getSelectionSet() == null || name.equals(Introspection.TypeNameMetaFieldDef.getName())) {
            return;
        }
        if (name.equals(Introspection.SchemaMetaFieldDef.getName())) {
            introspection(field.getSelectionSet(), schema, multiplier, depth + 1);
            return;
        }
        if (name.equals(Introspection.TypeMetaFieldDef.getName())) {
            introspection(field.getSelectionSet(), typeNamed(field), multiplier, depth + 1);
            return;
        }
        if (!(parent instanceof GraphQLFieldsContainer container)) {
            return;
        }
        GraphQLFieldDefinition definition = container.getFieldDefinition(name);
        if (definition == null) {
            return; // validation reports it
        }
        int first = first(field, definition);
        long childMultiplier = multiplier;
        GraphQLType type = definition.getType();
        while (type instanceof GraphQLModifiedType modified) {
            if (type instanceof GraphQLList) {
                int size = first >= 0 ? first : pageSize > 0 ? pageSize : listSizes.applyAsInt(container.getName(), name);
                childMultiplier = saturatedMultiply(childMultiplier, size);
            }
            type = modified.getWrappedType();
        }
        selections(field.getSelectionSet(), type, childMultiplier, first > 0 ? first : 0, depth + 1);
    }

    /** The field's {@code first} argument (from the document, a variable or the schema's default), or -1. */
    private int first(Field field, GraphQLFieldDefinition definition) {
        GraphQLArgument argument = definition.getArgument("first");
        if (argument == null) {
            return -1;
        }
        Object value = null;
        for (Argument a : field.getArguments()) {
            if (a.getName().equals("first")) {
                value = a.getValue();
            }
        }
        if (value instanceof VariableReference ref) {
            value = variables.containsKey(ref.getName()) ? variables.get(ref.getName()) : variableDefaults.get(ref.getName());
        }
        if (value == null && argument.hasSetDefaultValue()) {
            value = argument.getArgumentDefaultValue().getValue();
        }
        if (value instanceof IntValue i) {
            value = i.getValue();
        }
        if (value instanceof Number n) {
            // Out-of-range values are refused by the resolver; cost them as asked, so a huge one is refused here.
            return (int) Math.max(0, Math.min(Integer.MAX_VALUE, n.longValue()));
        }
        return -1;
    }

    private GraphQLType typeNamed(Field field) {
        for (Argument a : field.getArguments()) {
            if (a.getName().equals("name")) {
                Object value = a.getValue();
                if (value instanceof VariableReference ref) {
                    value = variables.get(ref.getName());
                } else if (value instanceof graphql.language.StringValue s) {
                    value = s.getValue();
                }
                return value instanceof String s ? schema.getType(s) : null;
            }
        }
        return null;
    }

    /**
     * Introspection, costed exactly: {@code element} is what the selection is asked of (the schema, a type, a
     * field, an argument, a directive); each list is walked as it is.
     */
    private void introspection(SelectionSet set, Object element, long multiplier, int depth)
            throws TooExpensive, FragmentCycle, TooDeep {
        if (set == null || element == null) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof InlineFragment inline) {
                introspection(inline.getSelectionSet(), element, multiplier, depth);
            } else if (selection instanceof FragmentSpread spread) {
                spread(spread.getName(), null, multiplier, 0, element, depth);
            } else if (selection instanceof Field field) {
                add(multiplier);
                if (field.getSelectionSet() != null) {
                    for (Object child : IntrospectionChildren.of(schema, element, field.getName())) {
                        introspection(field.getSelectionSet(), child, multiplier, depth + 1);
                    }
                }
            }
        }
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return (high == 0 && low >= 0) ? low : Long.MAX_VALUE;
    }
}
