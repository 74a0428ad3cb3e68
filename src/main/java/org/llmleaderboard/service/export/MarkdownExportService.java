package org.llmleaderboard.service.export;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.service.read.LeaderboardService;

import java.util.Optional;

/**
 * One model as a page of the markdown set ({@code models/<lab>/<model>.md}), rendered by a Qute text template
 * in the layout {@code MarkdownLeaderboardReader} reads: the same headings, emoji and field lines.
 */
@ApplicationScoped
public class MarkdownExportService {

    @CheckedTemplate
    static class Templates {
        /** {@code templates/MarkdownExportService/model.txt}: plain text, nothing escaped. */
        static native TemplateInstance model(ModelMarkdownPage page);
    }

    private final LeaderboardService leaderboard;

    MarkdownExportService(LeaderboardService leaderboard) {
        this.leaderboard = leaderboard;
    }

    /** The page of the model with this slug, or empty for an unknown slug. */
    public Optional<String> markdown(String slug) {
        return leaderboard.model(slug).map(m -> Templates.model(new ModelMarkdownPage(m)).render());
    }
}
