package org.llmleaderboard.web.view;

import io.quarkus.qute.TemplateExtension;
import org.llmleaderboard.service.read.LabSummary;

/** How a lab summary reads in a template: {@code {lab.href}}, {@code {lab.bestAlScoreText}}. */
@TemplateExtension
public final class LabSummaryExtensions {

    private LabSummaryExtensions() {
    }

    static String href(LabSummary lab) {
        return Format.labHref(lab.slug());
    }

    static String bestAlScoreText(LabSummary lab) {
        return Format.decimal(lab.bestAlScore());
    }
}
