package org.llmleaderboard.importer.naming;

import java.util.regex.Pattern;

/**
 * A display name written the way its lab writes it: "Claude 4.5 Opus" → "Claude Opus 4.5" (Anthropic's order from
 * Claude 4 on), "Qwen 3 32B" → "Qwen3 32B", OpenAI's lower-case "mini"/"nano" and hyphenated o-series
 * ("o1-Mini" → "o1-mini", "o3 Pro" → "o3-pro"). Only these spellings are changed: anything else is kept as the source
 * wrote it, so the merge compares names the sources really use.
 */
public final class NameStyle {

    private static final Pattern CLAUDE_VERSION_FIRST = Pattern.compile("^Claude (\\d+(?:\\.\\d+)?) (Opus|Sonnet|Haiku)\\b");
    private static final Pattern CLAUDE_3 = Pattern.compile("^Claude 3\\b");
    private static final Pattern QWEN_SPACE = Pattern.compile("^Qwen (\\d)");
    private static final Pattern O_SERIES = Pattern.compile("^(o\\d)[ -](Mini|Preview|Pro|mini|preview|pro)\\b");
    private static final Pattern GPT_SMALL = Pattern.compile("^(GPT-[\\w.]+) (Mini|Nano)\\b");
    private static final Pattern GPT_OSS = Pattern.compile("(?i)^GPT[ -]OSS[ -](\\d+)b$");

    private NameStyle() {
    }

    /** The name in its lab's spelling; null stays null. */
    public static String tidy(String name) {
        if (name == null) {
            return null;
        }
        String s = name.strip().replaceAll("\\s+", " ");
        if (!CLAUDE_3.matcher(s).find()) {
            s = CLAUDE_VERSION_FIRST.matcher(s).replaceFirst("Claude $2 $1");
        }
        s = QWEN_SPACE.matcher(s).replaceFirst("Qwen$1");
        var o = O_SERIES.matcher(s);
        if (o.find()) {
            s = o.group(1) + "-" + o.group(2).toLowerCase() + s.substring(o.end());
        }
        var gpt = GPT_SMALL.matcher(s);
        if (gpt.find()) {
            s = gpt.group(1) + " " + gpt.group(2).toLowerCase() + s.substring(gpt.end());
        }
        s = GPT_OSS.matcher(s).replaceFirst("gpt-oss-$1b");
        return s;
    }
}
