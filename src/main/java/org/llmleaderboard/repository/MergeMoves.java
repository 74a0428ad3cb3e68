package org.llmleaderboard.repository;

import java.util.List;

/**
 * What a merge gives the survivor, by id: the merged-away model's scores (and which of them were its headlines),
 * facts, offerings and aliases, and the models linked to it as its variants, family members or fine-tunes. Recorded
 * in the change log at the merge, so that the merge can be undone.
 */
public record MergeMoves(List<Long> scores, List<Long> headlines, List<Long> facts, List<Long> offerings, List<String> aliases,
        List<Long> variants, List<Long> familyMembers, List<Long> fineTunes) {
}
