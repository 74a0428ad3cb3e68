package org.llmleaderboard.web.view;

import org.llmleaderboard.query.ModelTraits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The URL parameters of a view's {@link ModelTraits}: {@code minParams maxParams minActive maxActive} (billions of
 * parameters, e.g. {@code maxParams=40}), {@code releasedAfter} ({@code YYYY-MM-DD}, on or after), {@code modality}
 * ({@code text image audio video}, repeated: any of them), {@code reasoning} and {@code commercial} ({@code yes} or
 * {@code no}). Unlike a lab that does not exist, a value of the wrong form here is always refused ({@link #problem}):
 * a size filter silently dropped would show models the reader asked to leave out.
 */
public final class TraitValues {

    /** The first day {@code releasedAfter} accepts, and the last. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private TraitValues() {
    }

    /** The parameters as the URL gives them, each possibly null or malformed. */
    public record Raw(String minParams, String maxParams, String minActive, String maxActive, String releasedAfter,
            List<String> modalities, String reasoning, String commercial) {
    }

    /** A refused value: the parameter and what to write instead. */
    public record Problem(String param, String message) {
    }

    /** The first malformed value, or null when every value can be read. */
    public static Problem problem(Raw raw) {
        for (String[] p : new String[][] { { "minParams", raw.minParams() }, { "maxParams", raw.maxParams() },
                { "minActive", raw.minActive() }, { "maxActive", raw.maxActive() } }) {
            if (given(p[1]) && billions(p[1]) == null) {
                return new Problem(p[0], p[0] + " is a number of billions of parameters from 0 to 100,000 (" + p[0] + "=40), not '"
                        + shorten(p[1]) + "'.");
            }
        }
        ModelTraits t = parse(raw);
        if (t.parameters().min() != null && t.parameters().max() != null && t.parameters().min() > t.parameters().max()) {
            return new Problem("minParams", "minParams is more than maxParams: no model can be both.");
        }
        if (t.activeParameters().min() != null && t.activeParameters().max() != null
                && t.activeParameters().min() > t.activeParameters().max()) {
            return new Problem("minActive", "minActive is more than maxActive: no model can be both.");
        }
        if (given(raw.releasedAfter()) && day(raw.releasedAfter()) == null) {
            return new Problem("releasedAfter", "releasedAfter is a day, YYYY-MM-DD from 2000-01-01 to 2100-12-31 (releasedAfter=2025-06-01), not '"
                    + shorten(raw.releasedAfter()) + "'.");
        }
        for (String m : raw.modalities() == null ? List.<String>of() : raw.modalities()) {
            if (given(m) && !ModelTraits.MODALITIES.contains(m.strip().toLowerCase(Locale.ROOT))) {
                return new Problem("modality", "modality is one of text, image, audio, video (what a model takes in), not '" + shorten(m) + "'.");
            }
        }
        for (String[] p : new String[][] { { "reasoning", raw.reasoning() }, { "commercial", raw.commercial() } }) {
            if (given(p[1]) && yesNo(p[1]) == null) {
                return new Problem(p[0], p[0] + " is yes or no, not '" + shorten(p[1]) + "'.");
            }
        }
        return null;
    }

    /** The traits, malformed values left out (they were refused before: {@link #problem}). */
    public static ModelTraits parse(Raw raw) {
        Set<String> modalities = new LinkedHashSet<>();
        if (raw.modalities() != null) {
            raw.modalities().stream().filter(TraitValues::given).map(m -> m.strip().toLowerCase(Locale.ROOT))
                    .filter(ModelTraits.MODALITIES::contains).forEach(modalities::add);
        }
        return new ModelTraits(new ModelTraits.Range(billions(raw.minParams()), billions(raw.maxParams())),
                new ModelTraits.Range(billions(raw.minActive()), billions(raw.maxActive())), day(raw.releasedAfter()), modalities,
                yesNo(raw.reasoning()), yesNo(raw.commercial()));
    }

    /** The traits as URL parameters, in a fixed order. */
    static void params(ModelTraits t, List<String> parts) {
        add(parts, "minParams", t.parameters().min());
        add(parts, "maxParams", t.parameters().max());
        add(parts, "minActive", t.activeParameters().min());
        add(parts, "maxActive", t.activeParameters().max());
        if (t.releasedAfter() != null) {
            parts.add("releasedAfter=" + t.releasedAfter());
        }
        t.modalities().forEach(m -> parts.add("modality=" + m));
        if (t.reasoning() != null) {
            parts.add("reasoning=" + (t.reasoning() ? "yes" : "no"));
        }
        if (t.commercial() != null) {
            parts.add("commercial=" + (t.commercial() ? "yes" : "no"));
        }
    }

    /** The traits by their URL names as the URL writes them (an export's record of its query); those not set are null. */
    public static java.util.Map<String, Object> values(ModelTraits t) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("minParams", t.parameters().min() == null ? null : number(t.parameters().min()));
        out.put("maxParams", t.parameters().max() == null ? null : number(t.parameters().max()));
        out.put("minActive", t.activeParameters().min() == null ? null : number(t.activeParameters().min()));
        out.put("maxActive", t.activeParameters().max() == null ? null : number(t.activeParameters().max()));
        out.put("releasedAfter", t.releasedAfter() == null ? null : t.releasedAfter().toString());
        out.put("modality", List.copyOf(t.modalities()));
        out.put("reasoning", t.reasoning() == null ? null : t.reasoning() ? "yes" : "no");
        out.put("commercial", t.commercial() == null ? null : t.commercial() ? "yes" : "no");
        return out;
    }

    /** The traits without one parameter (a modality: without that value); unchanged for another parameter. */
    static ModelTraits without(ModelTraits t, String param, String value) {
        ModelTraits.Range p = t.parameters();
        ModelTraits.Range a = t.activeParameters();
        return ModelTraits.of(new ModelTraits.Range(param.equals("minParams") ? null : p.min(), param.equals("maxParams") ? null : p.max()),
                new ModelTraits.Range(param.equals("minActive") ? null : a.min(), param.equals("maxActive") ? null : a.max()),
                param.equals("releasedAfter") ? null : t.releasedAfter(),
                param.equals("modality") ? StateValues.minus(List.copyOf(t.modalities()), value) : List.copyOf(t.modalities()),
                param.equals("reasoning") ? null : t.reasoning(), param.equals("commercial") ? null : t.commercial());
    }

    /** The active traits as chips, each with the link that removes it. */
    public static List<Chip> chips(LeaderboardState state) {
        ModelTraits t = state.traits();
        List<Chip> chips = new ArrayList<>();
        chip(chips, state, "minParams", t.parameters().min() == null ? null : "Parameters ≥ " + number(t.parameters().min()) + " B");
        chip(chips, state, "maxParams", t.parameters().max() == null ? null : "Parameters ≤ " + number(t.parameters().max()) + " B");
        chip(chips, state, "minActive", t.activeParameters().min() == null ? null : "Active ≥ " + number(t.activeParameters().min()) + " B");
        chip(chips, state, "maxActive", t.activeParameters().max() == null ? null : "Active ≤ " + number(t.activeParameters().max()) + " B");
        chip(chips, state, "releasedAfter", t.releasedAfter() == null ? null : "Released from " + Format.day(t.releasedAfter()));
        t.modalities().forEach(m -> chips.add(new Chip("Takes " + m, state.without("modality", m).href())));
        chip(chips, state, "reasoning", t.reasoning() == null ? null : t.reasoning() ? "Reasoning models" : "Not reasoning models");
        chip(chips, state, "commercial", t.commercial() == null ? null
                : t.commercial() ? "Licence allows commercial use" : "Licence without commercial use");
        return chips;
    }

    private static void chip(List<Chip> chips, LeaderboardState state, String param, String label) {
        if (label != null) {
            chips.add(new Chip(label, state.without(param, null).href()));
        }
    }

    private static void add(List<String> parts, String name, Double value) {
        if (value != null) {
            parts.add(name + "=" + number(value));
        }
    }

    /** A number as a URL and a form write it: {@code 40}, {@code 1.5}. */
    static String number(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static Double billions(String text) {
        if (!given(text)) {
            return null;
        }
        try {
            double v = Double.parseDouble(text.strip());
            return Double.isFinite(v) && v >= 0 && v <= ModelTraits.MAX_BILLIONS ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate day(String text) {
        if (!given(text) || !text.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.strip());
            return d.isBefore(EARLIEST) || d.isAfter(LATEST) ? null : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Boolean yesNo(String text) {
        if (!given(text)) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    private static String shorten(String value) {
        String v = value.strip();
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
