/**
 * The JSON API ({@code /api/models}): the same query object as the pages, bound from allow-listed parameters
 * ({@code ModelApiParams}), answered from the service's read records. Depends like {@code web}.
 */
package org.llmleaderboard.web.api;
