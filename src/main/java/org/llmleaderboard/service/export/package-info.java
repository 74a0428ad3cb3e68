/**
 * Exports: the whole data set as JSON, the leaderboard view as CSV or JSON, a model as its markdown page (a Qute text
 * template). All stream their rows in chunks ({@code ModelChunks}), so memory does not grow with the data.
 */
package org.llmleaderboard.service.export;
