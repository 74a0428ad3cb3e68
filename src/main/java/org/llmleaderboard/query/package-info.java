/**
 * The query object, a leaf every layer may use and that uses nothing of the project: {@code LeaderboardQuery} =
 * {@code ModelCriteria} (filters) + {@code ModelScope} + {@code SortOrder} + {@code PageRequest}, and {@code AsOf} (the
 * rule of a view as of a date). Built raw at the edge (URL, GraphQL arguments, JSON API), validated once by
 * {@code service.read.QueryFactory}, passed whole.
 */
package org.llmleaderboard.query;
