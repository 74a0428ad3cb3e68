/**
 * Readers of external formats, pure: bytes in, import records out ({@code ImportBatch} of {@code ImportedLab},
 * {@code ImportedModel}, {@code ImportedScore} …), with a row-level list of what was rejected. One subpackage per
 * format: {@code markdown}, {@code csv}, {@code dataset}, {@code llmstats}. Also the zip limits checked before
 * anything is unpacked. May depend on domain value types (enums, {@code ReleaseDate}), never on entities or services.
 */
package org.llmleaderboard.importer;
