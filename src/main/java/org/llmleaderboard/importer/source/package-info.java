/**
 * The common shape every source's reader hands to the merge ({@code service/load/source}): models, scores and
 * offerings as the source gives them, in the app's units, keyed by the source's own ids. A reader knows its source's
 * upstream layout and nothing of the database; identity, benchmarks and labs are the merge's.
 */
package org.llmleaderboard.importer.source;
