/** The markdown leaderboard set (a zip of lab and model pages): its reader and the records it reads into. */
package org.llmleaderboard.importer.markdown;
