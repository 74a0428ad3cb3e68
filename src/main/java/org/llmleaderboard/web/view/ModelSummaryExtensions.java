package org.llmleaderboard.web.view;

import io.quarkus.qute.TemplateExtension;
import org.llmleaderboard.service.read.ModelSummary;

/** How a model reads in a template: {@code {m.releasedText}} ("20 Jan 2025", "Aug 2025"; see {@link Format#released}). */
@TemplateExtension
public final class ModelSummaryExtensions {

    private ModelSummaryExtensions() {
    }

    static String releasedText(ModelSummary m) {
        return Format.released(m.releaseDate(), m.releasePrecision(), m.released());
    }

    /** When its source last updated it, as every page writes a day ("4 Oct 2025"); null when not known. */
    static String lastUpdatedText(ModelSummary m) {
        return m.lastUpdated() == null ? null : Format.day(m.lastUpdated());
    }

    /** For a sentence: "released 20 Jan 2025", "release date TBA", "release date unknown". */
    static String releasedPhrase(ModelSummary m) {
        String text = releasedText(m);
        return Format.MISSING.equals(text) ? "release date unknown" : text.equals("TBA") ? "release date TBA" : "released " + text;
    }
}
