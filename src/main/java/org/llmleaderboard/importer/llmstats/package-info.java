/** The llm-stats data set: its reader, the override file, and the matcher that pairs its labs and models with ours. */
package org.llmleaderboard.importer.llmstats;
