package org.llmleaderboard.importer.modelsdev;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a provider-local id names its model: the grouping key of its last path segment (lower case, punctuation
 * stripped), a reasoning-effort or alias suffix that may fold into the base id, a snapshot date, and the lab its path
 * prefix names. Gateways write one model many ways ({@code anthropic/claude-3.7-sonnet}, {@code claude-3-7-sonnet},
 * {@code us.anthropic.claude-3-7-sonnet-20250219-v1:0}); the key makes them meet.
 */
final class ModelsDevKeys {

    /**
     * Path segments that name a gateway, a hosting route or a namespace, not a lab (seen in the f3fc692 snapshot):
     * {@code TEE/}, {@code @cf/meta/...}, {@code accounts/fireworks/models/...}, {@code Pro/deepseek-ai/...}.
     */
    private static final Set<String> NOT_LABS = Set.of("tee", "route", "@cf", "workers-ai", "accounts", "fireworks", "models",
            "pro", "novita", "openrouter", "nanogpt", "cerebras", "siliconflow", "unsloth", "kilo-auto", "fal-ai", "stealth",
            "public", "groq", "orcarouter", "fireworks-ai", "featherless-ai", "evroc", "cortecs", "clarifai", "main", "chutesai",
            "baseten", "poetools", "neuralmagic", "hf", "core42", "subconscious", "mancer", "interfaze", "trytako");

    /**
     * Bedrock's optional region and its lab prefix, then its version ({@code us.anthropic.claude-sonnet-4-5-v1:0}); the
     * letter after the dot keeps {@code gpt-4.1} and {@code qwen3.5-27b} out.
     */
    private static final Pattern DOTTED = Pattern.compile("^(?:(?:us|eu|apac|au|jp|ca|global|us-gov)\\.)?([a-z][a-z0-9-]*)\\.([a-z].*?)"
            + "(?:-v\\d+)?(?::\\d+)?$");
    /** A lab's name glued to the model's with a hyphen, where the model's own name never starts with it. */
    private static final Pattern GLUED_LAB = Pattern.compile("^(?:anthropic--?|openai--?|meta--?(?=llama)|mistralai--?)");
    /** Effort, thinking budget, free tier or "latest" alias: the same model at another setting or price plan. */
    private static final Pattern SETTING_SUFFIX = Pattern.compile(
            "(?::(?:thinking|nothinking|high|low|medium|xhigh|max|minimal|free|\\d+)|-(?:thinking|think|nothinking|non-thinking"
                    + "|reasoning|non-reasoning|xhigh|latest))$");
    private static final Pattern RUNS = Pattern.compile("\\p{IsAlphabetic}+|\\p{IsDigit}+");
    private static final Pattern DATE_SUFFIX = Pattern.compile("-(20\\d\\d)-?(\\d\\d)-?(\\d\\d)$");

    private ModelsDevKeys() {
    }

    /** The last segment with gateway decorations removed, lower case: {@code claude-3-7-sonnet-20250219}. */
    static String segment(String localId) {
        String last = localId.substring(localId.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        Matcher dotted = DOTTED.matcher(last);
        if (dotted.matches()) {
            last = dotted.group(2);
        }
        return GLUED_LAB.matcher(last).replaceFirst("");
    }

    /**
     * The grouping key: lower case, its runs of letters sorted (so {@code claude-3.5-sonnet} meets
     * {@code claude-sonnet-3-5} and {@code claude-4.5-opus} meets {@code claude-opus-4-5}), its runs of digits kept in
     * order ({@code qwen3-32b} stays apart from {@code qwen3.2-3b}).
     */
    static String key(String text) {
        Matcher runs = RUNS.matcher(text.toLowerCase(Locale.ROOT));
        List<String> letters = new ArrayList<>();
        StringJoiner digits = new StringJoiner(".");
        while (runs.find()) {
            if (Character.isDigit(runs.group().charAt(0))) {
                digits.add(runs.group());
            } else {
                letters.add(runs.group());
            }
        }
        Collections.sort(letters);
        return String.join("-", letters) + "|" + digits;
    }

    /** The segment without its setting suffixes ({@code claude-opus-4.6:thinking:low} → {@code claude-opus-4.6}), or null. */
    static String withoutSetting(String segment) {
        String base = segment;
        for (Matcher m = SETTING_SUFFIX.matcher(base); m.find() && m.start() > 0; m = SETTING_SUFFIX.matcher(base)) {
            base = base.substring(0, m.start());
        }
        return base.equals(segment) ? null : base;
    }

    /** The setting suffixes in words ({@code thinking low}), or null. */
    static String setting(String segment) {
        String base = withoutSetting(segment);
        return base == null ? null : segment.substring(base.length() + 1).replace(':', ' ').replace('-', ' ');
    }

    /** The snapshot date at the end of an id ({@code gpt-4o-2024-08-06}, {@code claude-opus-4-5-20251101}), or null. */
    static LocalDate snapshotDate(String segment) {
        Matcher m = DATE_SUFFIX.matcher(segment);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The id without its snapshot date. */
    static String withoutDate(String segment) {
        return DATE_SUFFIX.matcher(segment).replaceFirst("");
    }

    /** The lab the id's path names ({@code anthropic} in {@code ~anthropic/claude-x}), or null. */
    static String labPrefix(String localId) {
        String[] parts = localId.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            String p = parts[i].startsWith("~") ? parts[i].substring(1) : parts[i];
            p = p.startsWith("hf:") ? p.substring(3) : p;
            if (!p.isEmpty() && !NOT_LABS.contains(p.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        Matcher dotted = DOTTED.matcher(parts[parts.length - 1].toLowerCase(Locale.ROOT));
        if (dotted.matches()) {
            return dotted.group(1);
        }
        Matcher glued = GLUED_LAB.matcher(parts[parts.length - 1].toLowerCase(Locale.ROOT));
        return glued.find() ? glued.group().replace("-", "") : null;
    }

    /** A {@code YYYY-MM-DD} or {@code YYYY-MM} date; 1970-01-01 (a placeholder upstream) and bad values are null. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            LocalDate d = text.length() == 7 ? LocalDate.parse(text + "-01") : LocalDate.parse(text);
            return d.getYear() <= 1970 ? null : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean monthOnly(String text) {
        return text != null && text.length() == 7;
    }
}
