/**
 * The application's rules, in four parts: {@code read} (read services and the read records that pages, GraphQL
 * and exports share), {@code edit} (write commands, validation, change log), {@code load} (bundled data and uploads,
 * the llm-stats merge) and {@code export}. Here at the root: {@code DataVersion} (what caches key on; every write
 * raises it) and the errors both reads and writes raise. Services own transactions; entities never leave this layer.
 * May depend on {@code repository}, {@code importer}, {@code domain}, {@code query}, {@code security}, {@code config};
 * never on {@code web} or {@code graphql}.
 */
package org.llmleaderboard.service;
