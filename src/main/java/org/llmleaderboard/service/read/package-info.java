/**
 * Reads: {@code LeaderboardService} (pages of models, rankings, look-ups), {@code InsightsService} (facets, statistics,
 * prices), {@code ModelRelationsService} (a model page's relations in batches), {@code QueryFactory} (the one place
 * a raw query is validated) and the read records ({@code ModelSummary}, {@code ScoreEntry}, {@code LabInfo} …, with
 * their GraphQL names). Reads run in at most one transaction per page ({@code ReadTransaction}) or request.
 */
package org.llmleaderboard.service.read;
