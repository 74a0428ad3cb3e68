package org.llmleaderboard.web;

import io.quarkus.qute.TemplateExtension;
import org.llmleaderboard.service.read.LabSummary;
import org.llmleaderboard.service.read.ModelSummary;

/**
 * "Query this in GraphQL": {@code {m.graphqlHref}}, {@code {lab.graphqlHref}} and {@code {benchmark.graphqlHref}} open
 * the playground with the query behind that page in its editor.
 */
@TemplateExtension
public final class PlaygroundLinks {

    private PlaygroundLinks() {
    }

    static String graphqlHref(ModelSummary model) {
        return PlaygroundQueries.href(PlaygroundQueries.modelQuery(model.slug()));
    }

    static String graphqlHref(LabSummary lab) {
        return PlaygroundQueries.href(PlaygroundQueries.labQuery(lab.slug()));
    }

    static String graphqlHref(BenchmarkResource.BenchmarkRow benchmark) {
        return PlaygroundQueries.href(PlaygroundQueries.benchmarkQuery(benchmark.slug()));
    }
}
