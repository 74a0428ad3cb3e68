/**
 * Model identity, for every importer: which existing model a source's record is. Pure and deterministic: the
 * curated crosswalk file ({@link ModelCrosswalk}), the name rules ({@link ModelNames}) and the resolution that applies
 * them in order ({@link ModelResolver}): exact ids, crosswalk, name rules, else the review list. May depend on domain
 * value types, never on entities or services.
 */
package org.llmleaderboard.importer.identity;
