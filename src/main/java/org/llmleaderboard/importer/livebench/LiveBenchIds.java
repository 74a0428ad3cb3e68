package org.llmleaderboard.importer.livebench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LiveBench's ids carry the setting a model was run with as suffixes: {@code -thinking-64k}, {@code -high-effort},
 * {@code -high}, {@code -nothinking}, {@code -non-reasoning}, {@code -highthinking}. These are one model run several
 * ways, not several models, so {@link #parse} splits an id into the model's id and the setting in words
 * ({@code claude-opus-4-5-20251101-thinking-64k-high-effort} → {@code claude-opus-4-5-20251101}, "thinking budget 64K,
 * reasoning effort high"). Ids where "thinking" names separately released weights are left whole.
 */
final class LiveBenchIds {

    /** Models whose "-thinking" is their own name: separately released weights, not a mode of another model. */
    private static final Set<String> THINKING_MODELS = Set.of("kimi-k2-thinking", "qwen3-next-80b-a3b-thinking",
            "qwen3-235b-a22b-thinking-2507");

    private static final List<Rule> RULES = List.of(
            new Rule("-(xhigh|high|medium|low|minimal)-effort", "reasoning effort $1"),
            new Rule("-thinking-auto", "adaptive thinking"),
            new Rule("-thinking-(\\d+)k", "thinking budget $1K"),
            new Rule("-highthinking", "max thinking"),
            new Rule("-nothinking", "no thinking"),
            new Rule("-non-reasoning", "no reasoning"),
            new Rule("-reasoning", ""),
            new Rule("-thinking", "thinking"),
            new Rule("-(xhigh|high|medium|low|minimal)", "reasoning effort $1"),
            new Rule("-default", ""));
    private static final Pattern CLAUDE_BASE = Pattern.compile("^(claude-.*)-base$");
    private static final Pattern REASONING_SWITCH = Pattern.compile("-(?:non-)?reasoning$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern TRAILING_DATE = Pattern.compile("^(.*)(-\\d{4})$");

    private LiveBenchIds() {
    }

    /** An id split into its model's id and its setting (null: the default setting). */
    record Parsed(String base, String setting) {
    }

    static Parsed parse(String id) {
        if (THINKING_MODELS.contains(id)) {
            return new Parsed(id, null);
        }
        Matcher claudeBase = CLAUDE_BASE.matcher(id);
        if (claudeBase.matches()) {
            // LiveBench's "-base" Claude ids are the model without extended thinking, its default
            return new Parsed(claudeBase.group(1), null);
        }
        Parsed parsed = strip(id);
        Matcher dated = TRAILING_DATE.matcher(id);
        if (parsed.base().equals(id) && dated.matches() && REASONING_SWITCH.matcher(dated.group(1)).find()) {
            // grok-4-fast-non-reasoning-2511: the snapshot's date follows the setting (only a reasoning switch does
            // that: mistral-medium-2505 is a model, not a "medium" effort)
            Parsed inner = strip(dated.group(1));
            if (!inner.base().equals(dated.group(1))) {
                return new Parsed(inner.base() + dated.group(2), inner.setting());
            }
        }
        return parsed;
    }

    private static Parsed strip(String id) {
        String base = id;
        List<String> words = new ArrayList<>();
        boolean found = true;
        while (found && !THINKING_MODELS.contains(base)) {
            found = false;
            for (Rule rule : RULES) {
                Matcher m = rule.pattern().matcher(base);
                // what is left must still name a versioned model: "mistral-medium" is not Mistral at medium effort
                if (m.find() && m.start() > 0 && DIGIT.matcher(base.substring(0, m.start())).find()) {
                    String word = m.group().replaceFirst(rule.pattern().pattern(), rule.words());
                    if (!word.isEmpty()) {
                        words.add(0, word);
                    }
                    base = base.substring(0, m.start());
                    found = true;
                    break;
                }
            }
        }
        return new Parsed(base, words.isEmpty() ? null : String.join(", ", words));
    }

    private record Rule(Pattern pattern, String words) {
        Rule(String suffix, String words) {
            this(Pattern.compile(suffix + "$"), words);
        }
    }
}
