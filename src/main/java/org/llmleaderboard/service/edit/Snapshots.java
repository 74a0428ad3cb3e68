package org.llmleaderboard.service.edit;

import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The logged fields of each entity, as text: a write compares the snapshots before and after it (its
 * {@link Outcome}) and logs the fields that differ. Also the small value rules every write shares.
 */
final class Snapshots {

    private Snapshots() {
    }

    static String scoreKey(Score s) {
        return s.model.slug + " · " + s.benchmark.slug + (s.setting == null ? "" : " · " + s.setting)
                + " · " + (s.sourceUrl != null ? s.sourceUrl : s.sourceCitation);
    }

    static Map<String, String> of(Lab l) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", l.name);
        m.put("website", l.website);
        m.put("country", l.country);
        return m;
    }

    static Map<String, String> of(LanguageModel x) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", x.name);
        m.put("lab", x.lab == null ? null : x.lab.slug);
        m.put("headlineTags", x.headlineTags);
        m.put("released", x.released);
        m.put("access", x.access == null ? null : x.access.label());
        m.put("architecture", x.architecture == null ? null : x.architecture.label());
        m.put("parameters", str(x.parameters));
        m.put("activeParameters", str(x.activeParameters));
        m.put("trainingTokens", str(x.trainingTokens));
        m.put("datasetType", x.datasetType);
        m.put("tags", x.tags.isEmpty() ? null : String.join(", ", x.tags));
        m.put("notes", x.notes);
        m.put("playgroundUrl", x.playgroundUrl);
        m.put("paperUrl", x.paperUrl);
        return m;
    }

    static Map<String, String> of(Benchmark b) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", b.name);
        m.put("description", b.description);
        m.put("unit", b.unit);
        m.put("higherIsBetter", String.valueOf(b.higherIsBetter));
        m.put("minScore", str(b.minScore));
        m.put("maxScore", str(b.maxScore));
        return m;
    }

    static Map<String, String> of(Score s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("value", str(s.scoreValue));
        m.put("selfReported", s.selfReported == null ? null : s.selfReported.toString());
        m.put("date", s.date == null ? null : s.date.toString());
        m.put("headline", String.valueOf(s.headline));
        return m;
    }

    private static String str(Double d) {
        return d == null ? null : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** The values stripped, without blanks and repeats, in their order. */
    static List<String> clean(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank() && !out.contains(v.strip())) {
                out.add(v.strip());
            }
        }
        return out;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
