package org.llmleaderboard.graphql.http;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLOutputType;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import org.llmleaderboard.graphql.DirectField;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * graphql-java's query execution, except that a list of objects whose every selected field is a {@link DirectField}
 * is completed in one pass ({@link DirectShape}): the fields are collected and their arguments resolved once for the
 * list, not once per object, and each value is coerced by its type's own scalar or enum, as graphql-java coerces it.
 * <p>
 * graphql-java builds, for every field of every object, an execution step, its parameters, a path and a fetched
 * value, and looks up the field's definition and fetcher: a page of 100 models with 13 fields made 1,300 of each,
 * most of an uncached {@code models} request's CPU after the reads and the largest share of its allocations
 * (BENCHMARKS.md, "Issue 18: sixth pass").
 * <p>
 * The answer is the same, byte for byte ({@code DirectListsTest}). Whenever it might not be, the list goes through
 * graphql-java as before: a field with a resolver or a batch loader, an interface or union, a value that needs its
 * resolver after all ({@link DirectField#NOT_DIRECT}, e.g. an unknown benchmark, which then fails with its code),
 * a null where the schema says non-null, a value its scalar refuses, {@code @defer}, or an instrumentation other
 * than SmallRye's document cache, which would expect to see each field. Nothing is written before a list is whole,
 * so falling back mid-list only repeats reads without side effects.
 */
final class DirectLists extends AsyncExecutionStrategy {

    /** Off only for the comparison in {@code DirectListsTest}. */
    static volatile boolean enabled = true;

    /** Lists completed in one pass since the start; read by tests. */
    static final LongAdder COMPLETED = new LongAdder();

    DirectLists() {
        // SmallRye's handler, as on the strategy graphql-java would otherwise build (SmallRye passes none).
        super(new ExceptionHandler());
    }

    @Override
    protected FieldValueInfo completeValueForList(ExecutionContext context, ExecutionStrategyParameters parameters,
                                                  Iterable<Object> values) {
        if (enabled && !context.hasIncrementalSupport() && onlyDocumentCache(context.getInstrumentation())
                && parameters.getExecutionStepInfo().getUnwrappedNonNullType() instanceof GraphQLList list) {
            try {
                DirectShape items = DirectShape.of(context, fieldCollector, (GraphQLOutputType) list.getWrappedType(),
                        parameters.getField());
                if (items instanceof DirectShape.ObjectOf) {
                    List<Object> completed = new ArrayList<>();
                    for (Object item : values) {
                        completed.add(items.complete(context, item));
                    }
                    COMPLETED.increment();
                    // No nested infos: to graphql-java's data loader dispatch the list has no objects left to fetch.
                    return new FieldValueInfo(FieldValueInfo.CompleteValueType.LIST, completed);
                }
            } catch (RuntimeException e) {
                // DirectShape.NotDirect, or anything unforeseen: graphql-java completes the whole list again, with
                // its errors and null rules.
            }
        }
        return super.completeValueForList(context, parameters, values);
    }

    private static boolean onlyDocumentCache(Instrumentation instrumentation) {
        if (instrumentation instanceof ChainedInstrumentation chained) {
            return chained.getInstrumentations().stream().allMatch(DirectLists::onlyDocumentCache);
        }
        return instrumentation == null || instrumentation instanceof QueryCache
                || instrumentation instanceof SimplePerformantInstrumentation && instrumentation.getClass() == SimplePerformantInstrumentation.class;
    }
}
