package org.llmleaderboard.repository;

import org.llmleaderboard.domain.Score;

/** A score with the id of the compared model it counts for (the model itself, or the model it is a variant of). */
public record OwnedScore(long ownerId, Score score) {
}
