package org.llmleaderboard.web.view;

import io.quarkus.qute.TemplateExtension;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** What the compare checkboxes of the leaderboard read from a row: {@code {r.compareSlug}}. */
@TemplateExtension
public final class CompareExtensions {

    private static final String MODELS = "/models/";

    private CompareExtensions() {
    }

    /** The row's model slug, read back from its page's address (kept out of {@link LeaderboardRow}, which others extend). */
    static String compareSlug(LeaderboardRow r) {
        String path = r.href().startsWith(MODELS) ? r.href().substring(MODELS.length()) : r.href();
        return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
