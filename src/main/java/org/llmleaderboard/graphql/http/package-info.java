/**
 * {@code /graphql} over HTTP: the GraphQL-over-HTTP status codes and media types, the query cost and depth checked
 * before execution ({@code QueryCost}), the time limit, the answer's size cap, and error codes on every error.
 * Depends on the GraphQL schema, {@code service.read.RelationSizeService} and {@code config}.
 */
package org.llmleaderboard.graphql.http;
