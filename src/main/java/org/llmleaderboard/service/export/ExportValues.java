package org.llmleaderboard.service.export;

import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.service.read.ModelSummary;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How the exports write a value, the same in every format. */
final class ExportValues {

    private ExportValues() {
    }

    /** A number as a plain decimal: no exponent, no grouping ({@code 114000.0}, not {@code 1.14E5}). */
    static String plain(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }

    /** Null for a model without a known architecture, as in the data set. */
    static String architecture(ModelSummary m) {
        return Architecture.parse(m.architecture()).filter(a -> a != Architecture.UNKNOWN).map(Architecture::label).orElse(null);
    }

    /** {@code /models/allen-ai/t%C3%BClu-3}: the model page's absolute path, each segment encoded. */
    static String modelPath(String slug) {
        int slash = slug.indexOf('/');
        return "/models/" + segment(slug.substring(0, slash)) + "/" + segment(slug.substring(slash + 1));
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
