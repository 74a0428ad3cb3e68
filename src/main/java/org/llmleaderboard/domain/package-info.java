/**
 * Entities and the rules that belong to them: derived metrics (ALScore and its band), release dates and their
 * precision, the headline rule for scores. Depends on nothing of the project.
 */
package org.llmleaderboard.domain;
