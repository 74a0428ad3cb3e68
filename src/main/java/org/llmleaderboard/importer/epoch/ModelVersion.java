package org.llmleaderboard.importer.epoch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Epoch {@code Model version} taken apart: {@code chutes/gpt-oss-120b_high} is the version {@code gpt-oss-120b} run at
 * reasoning effort high through the host {@code chutes}. Effort and thinking budget are how a score was run, not another
 * model, so every form of one version shares its {@link #key()}.
 *
 * @param raw    as the file writes it
 * @param host   the prefix before {@code /} ({@code chutes}, {@code openai}), or null
 * @param base   the version without host and effort ({@code gpt-oss-120b})
 * @param effort the suffix after the last {@code _} when it is an effort or budget ({@code high}, {@code 32K}), or null
 */
record ModelVersion(String raw, String host, String base, String effort) {

    /** Only these suffixes are efforts: {@code _7b}, {@code _res448} or {@code _mistral} are parts of the id. */
    private static final Pattern EFFORT = Pattern.compile("^(.+)_(xhigh|high|medium|low|minimal|none|max|unknown|thinking|\\d+[kK])$");

    /** A few versions carry the budget in words: {@code gemini-2.5-flash-preview-04-17 (16K thinking)}. */
    private static final Pattern NOTE = Pattern.compile("^(.+?) \\((\\d+[kK]) thinking\\)$");

    static ModelVersion parse(String raw) {
        String s = raw.strip();
        Matcher note = NOTE.matcher(s);
        if (note.matches()) {
            ModelVersion v = parse(note.group(1));
            return new ModelVersion(s, v.host(), v.base(), note.group(2));
        }
        int slash = s.lastIndexOf('/');
        String host = slash > 0 ? s.substring(0, slash) : null;
        String rest = s.substring(slash + 1);
        Matcher m = EFFORT.matcher(rest);
        return m.matches() ? new ModelVersion(s, host, m.group(1), m.group(2)) : new ModelVersion(s, host, rest, null);
    }

    /** What every form of the version has in common: its base id, ignoring case ({@code Qwen3-32B}, {@code chutes/Qwen3-32B}). */
    String key() {
        return base.toLowerCase(Locale.ROOT);
    }

    /** How the score was run, in words: {@code reasoning effort high; via chutes}; null for the plain version. */
    String setting() {
        List<String> parts = new ArrayList<>();
        if (effort != null) {
            parts.add(effortWords(effort));
        }
        if (host != null) {
            parts.add("via " + host);
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String effortWords(String effort) {
        if (Character.isDigit(effort.charAt(0))) {
            return "thinking budget " + effort.toUpperCase(Locale.ROOT);
        }
        return "thinking".equals(effort) ? "thinking" : "reasoning effort " + effort;
    }
}
