/**
 * Template records and the pure view logic of the pages: the leaderboard's state as parsed from its URL
 * ({@code LeaderboardState}, which round-trips through {@code href()}), rows, columns, charts and formatting.
 * No I/O; built from the service's read records by the resources in {@code web}.
 */
package org.llmleaderboard.web.view;
