package org.llmleaderboard.web.view;

import org.llmleaderboard.service.read.DataQualityReport;
import org.llmleaderboard.service.read.ModelSummary.ModelRef;

import java.util.List;

/** The data-quality page: each entry with its link, formatted. */
public record DataQualityView(List<ClusterItem> duplicates, List<LinkItem> benchmarksWithoutFamily, int benchmarksWithoutFamilyCount,
        List<ScoreItem> outOfRangeScores, List<LinkItem> modelsWithoutLab, List<LinkItem> modelsWithoutDate, int modelsWithoutDateCount,
        List<RecordItem> unresolvedRecords, String unresolvedRecordsNote) {

    /** A model or benchmark to link to. */
    public record LinkItem(String name, String href) {
    }

    /** Suspected duplicates: why, what they share, and the models. */
    public record ClusterItem(String reason, String key, List<LinkItem> models) {
    }

    /** A score outside its benchmark's range: "120 (range 0–100)". */
    public record ScoreItem(LinkItem model, LinkItem benchmark, String value, String range) {
    }

    /** An unresolved source record. */
    public record RecordItem(String source, String recordId, String reason) {
    }

    public static DataQualityView from(DataQualityReport r) {
        return new DataQualityView(
                r.duplicates().stream().map(c -> new ClusterItem(reason(c.reason()), c.key(),
                        c.models().stream().map(DataQualityView::model).toList())).toList(),
                r.benchmarksWithoutFamily().stream().map(b -> new LinkItem(b.name(), "/benchmarks/" + Format.segment(b.slug()))).toList(),
                r.benchmarksWithoutFamilyCount(),
                r.outOfRangeScores().stream().map(s -> new ScoreItem(model(s.model()),
                        new LinkItem(s.benchmark().name(), "/benchmarks/" + Format.segment(s.benchmark().slug())), Format.score(s.value()),
                        Format.score(s.minScore()) + "–" + Format.score(s.maxScore()))).toList(),
                r.modelsWithoutLab().stream().map(DataQualityView::model).toList(),
                r.modelsWithoutDate().stream().map(DataQualityView::model).toList(), r.modelsWithoutDateCount(),
                r.unresolvedRecords().stream().map(u -> new RecordItem(u.source(), u.recordId(), u.reason())).toList(),
                r.unresolvedRecordsNote());
    }

    private static LinkItem model(ModelRef m) {
        return new LinkItem(m.name(), Format.modelHref(m.slug()));
    }

    private static String reason(String code) {
        return "same-name".equals(code) ? "Same name" : "Same lab and parameters, released within a month";
    }
}
