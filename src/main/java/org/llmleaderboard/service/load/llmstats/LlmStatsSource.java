package org.llmleaderboard.service.load.llmstats;

/** How the merge marks and cites what it writes: the origin of its rows and the bundled copy it cites. */
public final class LlmStatsSource {

    public static final String ORIGIN = "llm-stats";
    /** The bundled copy's origin; a score's source file is cited under it. */
    public static final String SOURCE_REPOSITORY = "https://github.com/JonathanChavezTamales/llm-leaderboard/blob/24a9ccf/";
    public static final String SOURCE_CITATION = "llm-stats (JonathanChavezTamales/llm-leaderboard, CC BY 4.0)";

    private LlmStatsSource() {
    }
}
