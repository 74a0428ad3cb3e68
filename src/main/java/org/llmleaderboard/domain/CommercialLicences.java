package org.llmleaderboard.domain;

import java.util.Locale;
import java.util.Set;

/**
 * The licence ids whose terms allow commercial use, for the {@code commercial=yes} filter (docs/ranking.md lists them
 * with the reasons). Our own list, not llm-stats' {@code allow_commercial} flag, which contradicts itself: it says no
 * for {@code mit_license} and the Llama 3.1 licence but yes for {@code mit} and {@code llama3_2}. A licence is on the
 * list when its text grants commercial use to everyone, also with conditions most users meet (Llama's 700 million
 * monthly users, Qwen's 100 million, Gemma's and DeepSeek's use policies, an attribution clause); licences that
 * forbid it (CC BY-NC, Mistral's research and non-production licences), that limit it by the user's revenue (Jamba's
 * open model licence), that we could not read (Health AI Developer Foundations' terms, "unknown") and
 * {@code proprietary} (a closed model's terms of service are no weights licence) are not.
 */
public final class CommercialLicences {

    /** Licence ids as the data writes them (llm-stats' ids), lower case. */
    public static final Set<String> IDS = Set.of(
            "apache_2_0", "mit", "mit_license", "modified_mit_license", "mit_+_model_license_(commercial_use_allowed)",
            "creative_commons_attribution_4_0_license", "gemma", "llama3_2", "llama_3_1_community_license",
            "llama_3_2_community_license", "llama_3_3_community_license_agreement", "llama_4_community_license_agreement",
            "qwen", "tongyi_qianwen", "deepseek", "nvidia_open_model_license_agreement");

    private CommercialLicences() {
    }

    /** Whether the licence id is on the list; false for null. */
    public static boolean allows(String licenceId) {
        return licenceId != null && IDS.contains(licenceId.trim().toLowerCase(Locale.ROOT));
    }
}
