package org.llmleaderboard.importer.epoch;

import java.time.LocalDate;

/**
 * What a file says of one model version, before the forms of one version are folded into one model.
 *
 * @param version the parsed {@code Model version}
 * @param group   the source's model name grouping versions ({@code Model name}, {@code Model}), or null
 * @param display the version's display name ({@code Claude Opus 4.5 (32k thinking)}), or null
 * @param lab     the first organisation, or null
 * @param released the version's release date, or null
 * @param url     a link for it, or null
 * @param alias   another id of it (a Hugging Face id), or null
 */
record VersionRow(ModelVersion version, String group, String display, String lab, LocalDate released, String url,
        String alias) {
}
