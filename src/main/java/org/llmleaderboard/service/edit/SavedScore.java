package org.llmleaderboard.service.edit;

import org.llmleaderboard.domain.Score;

/** A score as written, and what the write did. */
public record SavedScore(Score score, Outcome outcome) {
}
