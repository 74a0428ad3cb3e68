package org.llmleaderboard.domain;

import java.time.LocalDate;

/**
 * One data source the app bundles, as {@link DataSources} lists it: what the {@code /sources} page, the footer and
 * GraphQL's {@code sources} credit.
 *
 * @param id           the {@code origin} its scores, facts, models and aliases carry ({@code llm-stats})
 * @param name         as credited
 * @param url          the upstream: its repository or page
 * @param licence      the licence's name ({@code CC BY 4.0}), or what stands in for one
 * @param licenceUrl   the licence's text; null when there is none
 * @param snapshot     the bundled copy: repository and commit ({@code JonathanChavezTamales/llm-leaderboard@24a9ccf})
 * @param snapshotUrl  that commit upstream; null when the source has no versions of its own
 * @param snapshotDate the commit's date; null when the source is not dated (it then gives no "data as of")
 * @param attribution  the credit its licence asks for, word for word as shown
 * @param dataLoad     its name in {@code data_load}, the bundled load's claim ({@code llm-stats@24a9ccf})
 * @param importFormat its {@code /admin/import} format, whose change-log entries are its later imports; null if none
 * @param citation     the citation its rows carry where they have no {@code origin} (the markdown set's scores,
 *                     llm-stats' offerings); null when every row has one
 * @param credit       the short credit after its name in every page's footer ({@code by Jonathan Chávez Tamales});
 *                     null for a source the footer leaves to {@code /sources} (one with no licence to credit)
 * @param marksModels  whether the models it creates carry its origin (the markdown set's do not: they are counted by
 *                     its load's summary only)
 */
public record DataSource(String id, String name, String url, String licence, String licenceUrl, String snapshot,
        String snapshotUrl, LocalDate snapshotDate, String attribution, String dataLoad, String importFormat, String citation,
        String credit, boolean marksModels) {

    /** Whether every page's footer credits it (besides {@code /sources}). */
    public boolean inFooter() {
        return credit != null;
    }

    /** The snapshot commit alone: what follows the {@code @} of {@link #snapshot}. */
    public String commit() {
        int at = snapshot.lastIndexOf('@');
        return at < 0 ? snapshot : snapshot.substring(at + 1);
    }
}
