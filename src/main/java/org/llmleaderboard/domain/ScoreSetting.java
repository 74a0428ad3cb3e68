package org.llmleaderboard.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a score was measured, as the values that decide whether two scores may be ranked against each other: shots,
 * chain of thought, pass@k, harness (or scaffold, or prompt format) and subset. Two scores on one benchmark family are
 * comparable exactly when their {@link #key() keys} are equal; a score whose source says none of this has the key
 * {@value #UNSPECIFIED_KEY}, a setting of its own (never guessed into another).
 * <p>
 * {@link #parse} reads a source's free text ("0-shot CoT", "Pass@1", "OpenHands v0.34.0") with a few deterministic rules;
 * {@link #ofKey} reads the key form the crosswalk file and the URL parameter {@code setting} use
 * ({@code 5-shot.cot.pass-at-1.harness-agentless.subset-diamond}, parts in this order, each optional).
 */
public record ScoreSetting(Integer shots, Boolean cot, Integer passAtK, String harness, String subset) {

    public static final String UNSPECIFIED_KEY = "unspecified";

    public static final ScoreSetting UNSPECIFIED = new ScoreSetting(null, null, null, null, null);

    private static final Pattern SHOTS = Pattern.compile("\\b(\\d{1,2})\\s*-?\\s*shots?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ZERO_SHOT = Pattern.compile("\\bzero[- ]shot\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COT = Pattern.compile("\\bcot\\b|chain[- ]of[- ]thought", Pattern.CASE_INSENSITIVE);
    private static final Pattern PASS_AT = Pattern.compile("\\bpass\\s*@\\s*(\\d{1,3})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Harness (scaffold) names as sources write them, in the order tried; the first that appears wins. */
    private static final Map<Pattern, String> HARNESSES = new LinkedHashMap<>();
    static {
        HARNESSES.put(Pattern.compile("\\bagentless\\b", Pattern.CASE_INSENSITIVE), "agentless");
        HARNESSES.put(Pattern.compile("\\bopenhands\\b", Pattern.CASE_INSENSITIVE), "openhands");
        HARNESSES.put(Pattern.compile("multiple (parallel )?attempts|parallel test-time compute", Pattern.CASE_INSENSITIVE),
                "multiple-attempts");
        HARNESSES.put(Pattern.compile("\\bsimple-evals\\b", Pattern.CASE_INSENSITIVE), "simple-evals");
        HARNESSES.put(Pattern.compile("\\bolmes\\b", Pattern.CASE_INSENSITIVE), "olmes");
    }

    /** Subsets as sources write them. */
    private static final Map<Pattern, String> SUBSETS = Map.of(Pattern.compile("\\bdiamond\\b", Pattern.CASE_INSENSITIVE), "diamond");

    /** The setting a source's text states; {@link #UNSPECIFIED} for none (or null text). */
    public static ScoreSetting parse(String text) {
        if (text == null || text.isBlank()) {
            return UNSPECIFIED;
        }
        Integer shots = null;
        Matcher m = SHOTS.matcher(text);
        if (m.find()) {
            shots = Integer.valueOf(m.group(1));
        } else if (ZERO_SHOT.matcher(text).find()) {
            shots = 0;
        }
        Boolean cot = COT.matcher(text).find() ? Boolean.TRUE : null;
        Matcher p = PASS_AT.matcher(text);
        Integer passAtK = p.find() ? Integer.valueOf(p.group(1)) : null;
        return new ScoreSetting(shots, cot, passAtK, first(HARNESSES, text), first(SUBSETS, text));
    }

    private static String first(Map<Pattern, String> names, String text) {
        for (Map.Entry<Pattern, String> e : names.entrySet()) {
            if (e.getKey().matcher(text).find()) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * The setting of a key ({@code 0-shot.cot}, {@code harness-agentless}, {@value #UNSPECIFIED_KEY}); empty when the
     * text is not a key in canonical form (unknown part, wrong order, a part twice), so a URL cannot name one setting
     * two ways.
     */
    public static Optional<ScoreSetting> ofKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 200) {
            return Optional.empty();
        }
        if (key.equals(UNSPECIFIED_KEY)) {
            return Optional.of(UNSPECIFIED);
        }
        Integer shots = null;
        Boolean cot = null;
        Integer passAtK = null;
        String harness = null;
        String subset = null;
        for (String part : key.split("\\.", -1)) {
            if (part.matches("\\d{1,2}-shot") && shots == null) {
                shots = Integer.valueOf(part.substring(0, part.indexOf('-')));
            } else if ((part.equals("cot") || part.equals("no-cot")) && cot == null) {
                cot = part.equals("cot");
            } else if (part.matches("pass-at-\\d{1,3}") && passAtK == null) {
                passAtK = Integer.valueOf(part.substring("pass-at-".length()));
            } else if (part.startsWith("harness-") && VALUE.matcher(part.substring(8)).matches() && harness == null) {
                harness = part.substring(8);
            } else if (part.startsWith("subset-") && VALUE.matcher(part.substring(7)).matches() && subset == null) {
                subset = part.substring(7);
            } else {
                return Optional.empty();
            }
        }
        ScoreSetting s = new ScoreSetting(shots, cot, passAtK, harness, subset);
        return s.key().equals(key) ? Optional.of(s) : Optional.empty();
    }

    /** This setting, with {@code implied}'s values where it sets them (a variant's setting wins over a score's text). */
    public ScoreSetting under(ScoreSetting implied) {
        return new ScoreSetting(implied.shots != null ? implied.shots : shots, implied.cot != null ? implied.cot : cot,
                implied.passAtK != null ? implied.passAtK : passAtK, implied.harness != null ? implied.harness : harness,
                implied.subset != null ? implied.subset : subset);
    }

    /** The canonical key: what rankings group by and the URL names. */
    public String key() {
        List<String> parts = new ArrayList<>();
        if (shots != null) {
            parts.add(shots + "-shot");
        }
        if (cot != null) {
            parts.add(cot ? "cot" : "no-cot");
        }
        if (passAtK != null) {
            parts.add("pass-at-" + passAtK);
        }
        if (harness != null) {
            parts.add("harness-" + harness);
        }
        if (subset != null) {
            parts.add("subset-" + subset);
        }
        return parts.isEmpty() ? UNSPECIFIED_KEY : String.join(".", parts);
    }

    /** For people: {@code 0-shot · CoT · pass@1 · harness agentless}. */
    public String label() {
        List<String> parts = new ArrayList<>();
        if (shots != null) {
            parts.add(shots + "-shot");
        }
        if (cot != null) {
            parts.add(cot ? "CoT" : "no CoT");
        }
        if (passAtK != null) {
            parts.add("pass@" + passAtK);
        }
        if (harness != null) {
            parts.add("harness " + harness);
        }
        if (subset != null) {
            parts.add("subset " + subset);
        }
        return parts.isEmpty() ? "setting not stated" : String.join(" · ", parts);
    }

    /** A name for a harness or subset as the key writes it: lower case, words joined by hyphens. */
    public static String normalise(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
