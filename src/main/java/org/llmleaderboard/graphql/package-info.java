/**
 * The GraphQL edge: {@code *GraphQLApi} classes with queries, mutations and batch resolvers (one {@code IN} query per
 * relation for all parents, checked by StatementCountTest). GraphQL-only inputs ({@code input}) are mapped here onto
 * the service's query records and write commands; the read records themselves live in {@code service.read} and
 * keep their schema names with {@code @Type}. May depend on {@code service}, {@code query}, {@code security},
 * {@code config}; never on {@code repository}, {@code importer} or entities.
 */
package org.llmleaderboard.graphql;
