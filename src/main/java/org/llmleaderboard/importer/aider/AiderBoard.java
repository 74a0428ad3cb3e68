package org.llmleaderboard.importer.aider;

import java.util.List;

/**
 * One of aider's leaderboards: its file under {@code aider/website/_data/}, the benchmark it scores and its page. The
 * refactoring benchmark gives the model one try only, so its score is {@code pass_rate_1}; the others show
 * {@code pass_rate_2} (after the second try), as aider's pages do.
 */
record AiderBoard(String file, String benchmark, String benchmarkName, String sourceUrl, String rateField) {

    static final String DATA = "aider/website/_data/";

    /** The three leaderboards read; the one-off studies beside them (architect, quantisation, o1, QwQ …) are not. */
    static final List<AiderBoard> ALL = List.of(
            new AiderBoard(DATA + "polyglot_leaderboard.yml", "aider-polyglot", "Aider Polyglot",
                    "https://aider.chat/docs/leaderboards/", "pass_rate_2"),
            new AiderBoard(DATA + "edit_leaderboard.yml", "aider-code-editing", "Aider code editing",
                    "https://aider.chat/docs/leaderboards/edit.html", "pass_rate_2"),
            new AiderBoard(DATA + "refactor_leaderboard.yml", "aider-refactoring", "Aider refactoring",
                    "https://aider.chat/docs/leaderboards/refactor.html", "pass_rate_1"));
}
