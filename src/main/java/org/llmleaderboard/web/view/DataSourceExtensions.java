package org.llmleaderboard.web.view;

import io.quarkus.qute.TemplateExtension;
import org.llmleaderboard.domain.DataSource;

/** How a data source reads in a template: {@code {s.asOf}}, the day of its bundled snapshot ("21 Aug 2026"). */
@TemplateExtension
public final class DataSourceExtensions {

    private DataSourceExtensions() {
    }

    /** Its snapshot's day, as every page writes a day; null for a source without versions of its own. */
    static String asOf(DataSource s) {
        return s.snapshotDate() == null ? null : Format.day(s.snapshotDate());
    }
}
