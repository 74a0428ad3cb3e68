package org.llmleaderboard.web.view;

import io.quarkus.qute.RawString;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers and text as people read them: "1200 B", "1.2 T", "41.6"; "–" when missing. */
public final class Format {

    public static final String MISSING = "–";
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'()]+[^\\s<>\"'().,;:!?]");

    private Format() {
    }

    /** Parameters in billions: "1200 B", "34.4 B", "0.35 B". */
    public static String billions(Double value) {
        if (value == null) {
            return MISSING;
        }
        return number(value, value >= 100 ? 0 : value >= 10 ? 1 : 2) + " B";
    }

    /** Training tokens in billions, shown in trillions from 1000 B: "300 B", "15.6 T", "130 T". */
    public static String tokens(Double value) {
        if (value == null) {
            return MISSING;
        }
        return value >= 1000 ? number(value / 1000, value >= 100_000 ? 0 : 1) + " T" : number(value, value >= 10 ? 0 : 1) + " B";
    }

    /** One decimal: "41.6", "20.0". */
    public static String decimal(Double value) {
        return value == null ? MISSING : BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** A benchmark score: "89.4", "91.0", "1412" (Elo-style). */
    public static String score(Double value) {
        if (value == null) {
            return MISSING;
        }
        return BigDecimal.valueOf(value).setScale(Math.abs(value) >= 1000 ? 0 : 1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** A score in its benchmark's unit: "81.0%" for percentages, "2071 points" for other scales. */
    public static String scoreIn(Double value, String unit) {
        if (value == null) {
            return MISSING;
        }
        return "%".equals(unit) ? score(value) + "%" : score(value) + (unit == null || unit.isBlank() ? "" : " " + unit);
    }

    /**
     * Where a score comes from, in words: "independent run" (the source ran it: Epoch, LiveBench, aider), else as
     * {@link #provenance(Boolean, Boolean, String)}.
     */
    public static String provenance(org.llmleaderboard.service.read.ScoreEntry s) {
        return Boolean.TRUE.equals(s.independent()) ? "independent run" : provenance(s.selfReported(), s.verified(), s.verificationProvider());
    }

    /** A score with its standard error where the source gives one: "57.1 ± 3.2". */
    public static String scoreWithError(org.llmleaderboard.service.read.ScoreEntry s) {
        return score(s.value()) + (s.stderr() == null ? "" : " ± " + score(s.stderr()));
    }

    /** Where a score comes from, in words: "self-reported", "third-party", "verified by …", or null when not said. */
    public static String provenance(Boolean selfReported, Boolean verified, String verificationProvider) {
        if (Boolean.TRUE.equals(verified)) {
            return "verified" + (verificationProvider == null ? "" : " by " + verificationProvider);
        }
        if (selfReported == null) {
            return null;
        }
        return selfReported ? "self-reported" : "third-party";
    }

    /**
     * A release date the one way every page shows it, with its precision: "20 Jan 2025" (day), "Aug 2025" (month),
     * "2025" (year); "TBA" when the source says so, else "–". The text as published ({@code Aug/2025},
     * {@code 2025-01-20}) is never shown: the two sources write it differently.
     */
    public static String released(java.time.LocalDate date, org.llmleaderboard.domain.DatePrecision precision, String published) {
        String shown = org.llmleaderboard.domain.ReleaseDate.display(date, precision);
        if (shown != null) {
            return shown;
        }
        return published != null && published.equalsIgnoreCase("TBA") ? "TBA" : MISSING;
    }

    /** A day: "20 Jan 2025"; "–" when missing. */
    public static String day(java.time.LocalDate date) {
        return date == null ? MISSING : released(date, org.llmleaderboard.domain.DatePrecision.DAY, null);
    }

    /** A moment, to the minute, in the same day format: "21 Aug 2026, 14:03"; "–" when missing. */
    public static String dateTime(java.time.LocalDateTime at) {
        return at == null ? MISSING : day(at.toLocalDate()) + ", " + TIME.format(at);
    }

    /**
     * A date as a source publishes it (a knowledge cutoff: {@code 2025-02}, {@code 2024-09-30}) in the one format of the
     * pages ("Feb 2025", "30 Sep 2024"); text of another form is shown as it is, null stays null.
     */
    public static String published(String date) {
        if (date == null) {
            return null;
        }
        try {
            if (date.matches("\\d{4}-\\d{2}")) {
                return released(java.time.LocalDate.parse(date + "-01"), org.llmleaderboard.domain.DatePrecision.MONTH, null);
            }
            if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return day(java.time.LocalDate.parse(date));
            }
        } catch (java.time.format.DateTimeParseException e) {
            // not a real date after all (2025-13): shown as published
        }
        return date;
    }

    /** A context window: "128K", "1M", "200K"; "–" when unknown. */
    public static String contextWindow(Integer tokens) {
        if (tokens == null) {
            return "–";
        }
        if (tokens >= 1_000_000 && tokens % 1_000_000 == 0 || tokens >= 1_000_000 && tokens % 1_048_576 == 0) {
            return (tokens % 1_000_000 == 0 ? tokens / 1_000_000 : tokens / 1_048_576) + "M";
        }
        if (tokens >= 1000) {
            return Math.round(tokens / (tokens % 1024 == 0 ? 1024.0 : 1000.0)) + "K";
        }
        return Integer.toString(tokens);
    }

    /** US dollars per million tokens: "$0.85", "$15", "–". */
    public static String price(Double dollars) {
        if (dollars == null) {
            return MISSING;
        }
        return "$" + number(dollars, dollars >= 10 ? 0 : 2);
    }

    /** A token count: "131,072". */
    public static String count(Number n) {
        return n == null ? MISSING : String.format(java.util.Locale.ROOT, "%,d", n.longValue());
    }

    public static String ratio(Double value) {
        return value == null ? MISSING : number(value, value >= 100 ? 0 : 1) + ":1";
    }

    /** Rounded and stripped of trailing zeros: 34.40 → "34.4", 13.0 → "13". */
    public static String number(double value, int decimals) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** A path segment for a URL: {@code tülu-3} → {@code t%C3%BClu-3}. */
    public static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A query parameter value. */
    public static String param(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** {@code /models/deepseek-ai/deepseek-r2}, each segment encoded. */
    public static String modelHref(String slug) {
        int slash = slug.indexOf('/');
        return "/models/" + segment(slug.substring(0, slash)) + "/" + segment(slug.substring(slash + 1));
    }

    public static String labHref(String slug) {
        return "/labs/" + segment(slug);
    }

    /** Escapes HTML; the only way user data reaches a page unescaped is through this class's {@link #linkify}. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escaped text with its http(s) URLs turned into links; everything else stays text. */
    public static RawString linkify(String text) {
        if (text == null) {
            return new RawString("");
        }
        StringBuilder out = new StringBuilder();
        Matcher m = URL.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(escape(text.substring(last, m.start())));
            String url = m.group();
            out.append("<a href=\"").append(escape(url)).append("\" rel=\"nofollow noopener\">").append(escape(url)).append("</a>");
            last = m.end();
        }
        out.append(escape(text.substring(last)));
        return new RawString(out.toString());
    }
}
