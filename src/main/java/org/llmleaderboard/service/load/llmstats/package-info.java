/**
 * The llm-stats merge as a pipeline of named steps, run in order by {@code LlmStatsImportService}: labs, benchmarks,
 * models, scores, offerings, headlines; each step is unit-tested on small inputs. Its report is {@code MergeReport}.
 */
package org.llmleaderboard.service.load.llmstats;
