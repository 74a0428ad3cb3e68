package org.llmleaderboard.repository;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * "One row per model" (variants are reached through their model) as each database should read it in a sorted page.
 * {@code m.variantOf is null} holds for nearly every row, yet embedded H2's planner takes it to the foreign key's
 * index and then sorts the whole table: 0.9 s for a page at 100,000 models, where the sort's own index answers in
 * 2–4 ms, so under load every leaderboard, REST and GraphQL page timed out. The same test as an expression H2 cannot
 * look up keeps it on the sort's index. PostgreSQL plans the plain form well (its statistics know nearly every row
 * matches) and keeps it.
 */
final class OneRowPerModel {

    private static volatile String clause;

    private OneRowPerModel() {
    }

    /** The clause on {@code m}, a {@code LanguageModel}; ids are positive, so -1 stands for "no model". */
    static String clause() {
        String c = clause;
        if (c == null) {
            // Read at run time, not in a static initialiser (a native image would fix it at build time).
            boolean h2 = "h2".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class));
            c = h2 ? "coalesce(m.variantOf.id, -1) = -1" : "m.variantOf is null";
            clause = c;
        }
        return c;
    }
}
