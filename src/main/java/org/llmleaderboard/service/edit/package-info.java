/**
 * Writes by an authenticated editor: commands ({@code ModelCommand}, {@code ScoreCommand} …) validated with Bean
 * Validation, one writer per aggregate, the change log, and the errors a write can raise. Every write bumps
 * {@code DataVersion} in its own transaction.
 */
package org.llmleaderboard.service.edit;
