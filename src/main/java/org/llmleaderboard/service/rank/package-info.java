/**
 * Rankings derived from the data and stored with it: {@code CapabilityScores} keeps every model's capability score
 * ({@code domain.Capability}) in step with its scores, in the transaction of each write, so the default order is a
 * sort on an indexed column. May depend on {@code repository}, {@code domain} and the service root ({@code DataVersion}).
 */
package org.llmleaderboard.service.rank;
