/**
 * Readers of external formats, pure: bytes in, import records out ({@code ImportBatch} of {@code ImportedLab},
 * {@code ImportedModel}, {@code ImportedScore} …), with a row-level list of what was rejected. One subpackage per
 * format: {@code markdown}, {@code csv}, {@code dataset}, {@code llmstats}; and one per open source, each reading its
 * upstream layout into the common {@code source} records: {@code modelsdev}, {@code epoch}, {@code helm},
 * {@code livebench}, {@code aider}, {@code genaiprices} ({@code naming} derives names and labs from API ids). Also the
 * zip limits checked before anything is unpacked; {@code identity} holds the one model-identity resolution. May depend on domain value types (enums, {@code ReleaseDate}), never on entities or services.
 */
package org.llmleaderboard.importer;
