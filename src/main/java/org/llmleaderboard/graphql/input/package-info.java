/**
 * GraphQL-only input types (filters, sort, the write inputs). Each maps onto a {@code query} record or a
 * {@code service.edit} command at the edge; services never see these classes.
 */
package org.llmleaderboard.graphql.input;
