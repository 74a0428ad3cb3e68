package org.llmleaderboard.service.edit;

import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.domain.Benchmark;
import org.llmleaderboard.domain.DatePrecision;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.domain.LanguageModel;
import org.llmleaderboard.domain.Score;

import java.math.BigDecimal;
import java.time.LocalDate;
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

    /**
     * The fields of a model that {@link #of(LanguageModel)} leaves out: the sourced facts of the llm-stats merge, dates,
     * the identity links (by slug) and the version. With {@link #of(LanguageModel)}, everything a merge deletes and its
     * undo restores ({@code ModelRestorer}).
     */
    static Map<String, String> identityOf(LanguageModel x) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("releaseDate", str(x.releaseDate));
        m.put("releasePrecision", x.releasePrecision == null ? null : x.releasePrecision.name());
        m.put("lastUpdated", str(x.lastUpdated));
        m.put("description", x.description);
        m.put("origin", x.origin);
        m.put("licenceId", x.licenceId);
        m.put("licenceName", x.licenceName);
        m.put("licenceCommercial", str(x.licenceCommercial));
        m.put("openWeights", str(x.openWeights));
        m.put("weightsUrl", x.weightsUrl);
        m.put("releasedOn", str(x.releasedOn));
        m.put("announcedOn", str(x.announcedOn));
        m.put("multimodal", str(x.multimodal));
        m.put("knowledgeCutoff", x.knowledgeCutoff);
        m.put("apiUrl", x.apiUrl);
        m.put("repoUrl", x.repoUrl);
        m.put("fineTunedFrom", x.fineTunedFrom == null ? null : x.fineTunedFrom.slug);
        m.put("family", x.family == null ? null : x.family.slug);
        m.put("variantOf", x.variantOf == null ? null : x.variantOf.slug);
        m.put("variantRule", x.variantRule);
        m.put("version", String.valueOf(x.version));
        return m;
    }

    /** Sets a model's fields from its snapshots ({@link #of(LanguageModel)} and {@link #identityOf}), except lab and links. */
    static void restore(LanguageModel m, Map<String, String> f) {
        m.name = f.get("name");
        m.headlineTags = f.get("headlineTags");
        m.released = f.get("released");
        m.access = f.get("access") == null ? Access.UNKNOWN : Access.parse(f.get("access")).orElse(Access.UNKNOWN);
        m.architecture = f.get("architecture") == null ? null : Architecture.parse(f.get("architecture")).orElse(null);
        m.parameters = number(f.get("parameters"));
        m.activeParameters = number(f.get("activeParameters"));
        m.trainingTokens = number(f.get("trainingTokens"));
        m.datasetType = f.get("datasetType");
        // Tags never hold a comma: the sources' tag lists are split on commas.
        m.tags = f.get("tags") == null ? new ArrayList<>() : new ArrayList<>(List.of(f.get("tags").split(", ")));
        m.notes = f.get("notes");
        m.playgroundUrl = f.get("playgroundUrl");
        m.paperUrl = f.get("paperUrl");
        m.releaseDate = date(f.get("releaseDate"));
        m.releasePrecision = f.get("releasePrecision") == null ? DatePrecision.UNKNOWN : DatePrecision.valueOf(f.get("releasePrecision"));
        m.lastUpdated = date(f.get("lastUpdated"));
        m.description = f.get("description");
        m.origin = f.get("origin");
        m.licenceId = f.get("licenceId");
        m.licenceName = f.get("licenceName");
        m.licenceCommercial = bool(f.get("licenceCommercial"));
        m.openWeights = bool(f.get("openWeights"));
        m.weightsUrl = f.get("weightsUrl");
        m.releasedOn = date(f.get("releasedOn"));
        m.announcedOn = date(f.get("announcedOn"));
        m.multimodal = bool(f.get("multimodal"));
        m.knowledgeCutoff = f.get("knowledgeCutoff");
        m.apiUrl = f.get("apiUrl");
        m.repoUrl = f.get("repoUrl");
        m.variantRule = f.get("variantRule");
        m.version = f.get("version") == null ? 0 : Integer.parseInt(f.get("version"));
    }

    private static Double number(String s) {
        return s == null ? null : Double.valueOf(s);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static Boolean bool(String s) {
        return s == null ? null : Boolean.valueOf(s);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
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
