package org.llmleaderboard.domain;

import java.util.Locale;

/**
 * Whether a model's weights are open, in one place. Open means a source says the weights can be downloaded; a licence
 * name alone does not say that (llm-stats gives Gemini 2.5 Flash-Lite, an API-only model, a Creative Commons licence),
 * and "Public" access never does ({@link Access}: publicly usable).
 * <ol>
 * <li>a link to the weights: open ({@code true}), whatever the licence's name (Gemma 3n is "proprietary" in llm-stats
 * and on Hugging Face);</li>
 * <li>a repository on a weights host ({@code huggingface.co}) with a non-proprietary licence: open;</li>
 * <li>a proprietary licence: closed ({@code false});</li>
 * <li>otherwise, an open licence without any download included: unknown ({@code null}).</li>
 * </ol>
 */
public final class OpenWeights {

    private OpenWeights() {
    }

    public static Boolean of(String licenceId, String weightsUrl, String repoUrl) {
        String licence = licenceId == null ? "" : licenceId.trim().toLowerCase(Locale.ROOT);
        if (weightsUrl != null && !weightsUrl.isBlank()) {
            return true;
        }
        boolean proprietary = licence.equals("proprietary");
        if (!proprietary && !licence.isEmpty() && !licence.equals("unknown") && weightsHost(repoUrl)) {
            return true;
        }
        return proprietary ? Boolean.FALSE : null;
    }

    /** Without a repository link: a weights link, else a proprietary licence, else unknown. */
    public static Boolean of(String licenceId, String weightsUrl) {
        return of(licenceId, weightsUrl, null);
    }

    /** A repository whose files are model weights: a Hugging Face model page. */
    static boolean weightsHost(String url) {
        return url != null && url.toLowerCase(Locale.ROOT).matches("https?://(www\\.)?huggingface\\.co/.+");
    }
}
