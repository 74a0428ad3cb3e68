package org.llmleaderboard.web;

import java.util.List;

/**
 * A page type of the site with one page of it from the bundled test data. {@link #ALL} lists every type once: what the
 * browser sweep ({@link PageTypesBrowserTest}) checks at phone and desktop sizes in both themes. A new page type is
 * one line there.
 *
 * @param name       the screenshot's file name ({@code docs/screenshots/<name>-<size>.png})
 * @param path       a page of that type
 * @param thirdParty a selector for markup the app does not write, left out of the tap-target and axe checks (the page
 *                   must still fit the screen); null for none
 */
record PageType(String name, String path, String thirdParty) {

    PageType(String name, String path) {
        this(name, path, null);
    }

    static final List<PageType> ALL = List.of(
            new PageType("leaderboard", "/"),
            new PageType("model", "/models/openai/gpt-4o"),
            new PageType("model-variants", "/models/openai/gpt-4o/variants"),
            new PageType("labs", "/labs"),
            new PageType("lab", "/labs/openai"),
            new PageType("architectures", "/architectures"),
            new PageType("architecture", "/architectures/moe"),
            new PageType("benchmarks", "/benchmarks"),
            new PageType("benchmark", "/benchmarks/gpqa"),
            new PageType("stats", "/stats"),
            new PageType("trends", "/trends"),
            new PageType("prices", "/prices"),
            new PageType("compare", "/compare?models=openai/gpt-4o,anthropic/claude-35-sonnet,meta-ai/llama-31-405b"),
            new PageType("about-ranking", "/about/ranking"),
            new PageType("search-suggestions", "/search/suggest?q=gpt+4o"),
            // GraphiQL 3.2.0's own tabs and CodeMirror editors (hidden 1 px textareas, its tab list's roles, its tab colours)
            // are upstream's markup; the site header, the example picker and our explorer around them are checked.
            new PageType("playground", "/playground", ".graphiql-sessions"),
            new PageType("sources", "/sources"),
            new PageType("data-quality", "/data-quality"),
            new PageType("not-found", "/no-such-page"),
            new PageType("bad-request", "/?page=abc"));

    @Override
    public String toString() {
        return name + " " + path;
    }
}
