/**
 * Model identity after an import: applies the crosswalk and the name rules of {@code importer.identity.ModelResolver}
 * to the stored models (variant links) and keeps the review list ({@code unresolved_record}). Used by the imports
 * ({@code service.load}) and the edit API ({@code service.edit}); depends on repositories and importer.identity only.
 */
package org.llmleaderboard.service.identity;
