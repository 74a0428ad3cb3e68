package org.llmleaderboard.importer.markdown;

/** A lab page {@code labs/<slug>.md}. The counts are the page's own, which may include lost models. */
public record MarkdownLabPage(String file, String slug, String name, Integer totalModels, Integer publicModels) {
}
