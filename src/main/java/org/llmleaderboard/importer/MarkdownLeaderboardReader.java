package org.llmleaderboard.importer;

import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.domain.DatePrecision;
import org.llmleaderboard.importer.MarkdownLeaderboard.Contents;
import org.llmleaderboard.importer.MarkdownLeaderboard.LabPage;
import org.llmleaderboard.importer.MarkdownLeaderboard.ModelPage;
import org.llmleaderboard.importer.MarkdownLeaderboard.Problem;
import org.llmleaderboard.importer.MarkdownLeaderboard.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the markdown leaderboard set (model pages {@code models/<lab>/<model>.md} and lab pages
 * {@code labs/<lab>.md}) from a directory or a zip of it. Pure parsing: no database.
 * Every page it cannot read is reported with its file and the reason; it never stops at the first.
 */
public final class MarkdownLeaderboardReader {

    /** The four benchmark columns of the set, by the names its tables use. */
    static final Map<String, String> BENCHMARK_SLUGS = Map.of(
            "MMLU", "mmlu",
            "MMLU-Pro", "mmlu-pro",
            "GPQA", "gpqa",
            "HLE", "hle");

    private static final String PLACEHOLDER_HEADLINE = "Large Language Model";
    private static final Pattern ORGANIZATION = Pattern.compile("^\\*\\*Organization:\\*\\*\\s*\\[(.*)]\\((.*)\\)\\s*$");
    private static final Pattern LAB_LINK = Pattern.compile("(?:.*/)?labs/([^/]+)\\.md$");
    private static final Pattern FIELD = Pattern.compile("^(?:-\\s*)?\\*\\*([^*]+):\\*\\*\\s*(.*)$");
    private static final Pattern BILLIONS = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)\\s*B$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^([A-Za-z]{3,9})[/ -]([0-9]{4})$");
    private static final Pattern YEAR = Pattern.compile("^([0-9]{4})$");
    private static final Pattern BENCHMARK_ROW = Pattern.compile("^\\|\\s*\\*\\*(.+?)\\*\\*\\s*\\|\\s*([^|]*?)\\s*\\|.*$");
    private static final Pattern LINK_ITEM = Pattern.compile("^-\\s*\\S*\\s*\\[([^]]*)]\\((.*)\\)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^-?[0-9]+(?:\\.[0-9]+)?$");

    private MarkdownLeaderboardReader() {
    }

    /** Reads a checkout of the set (the folder holding {@code models/} and {@code labs/}). */
    public static Contents readDirectory(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.endsWith(".md")) {
                    files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + root, e);
        }
        return read(files);
    }

    /** Reads a zip of the set (trusted: the bundled copy); a single top-level folder (as in GitHub's archives) is allowed. */
    public static Contents readZip(InputStream zip) throws IOException {
        return read(stripCommonRoot(BoundedZip.read(zip, ZipLimits.DEFAULTS, MarkdownLeaderboardReader::markdownFile)));
    }

    /**
     * Reads an uploaded zip of the set, refusing one beyond {@code limits} (a zip bomb) before unpacking it.
     *
     * @throws ZipTooLargeException when the zip holds too many entries or unpacks to too many bytes
     */
    public static Contents readZip(byte[] zip, ZipLimits limits) throws IOException {
        return read(stripCommonRoot(BoundedZip.read(zip, limits, MarkdownLeaderboardReader::markdownFile)));
    }

    private static String markdownFile(String name) {
        return name.endsWith(".md") ? name : null;
    }

    /** Reads the set from its files, keyed by path relative to the set's root. */
    public static Contents read(Map<String, String> files) {
        List<LabPage> labs = new ArrayList<>();
        List<ModelPage> models = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            String path = Normalizer.normalize(file.getKey(), Normalizer.Form.NFC);
            String[] parts = path.split("/");
            if (parts.length == 3 && parts[0].equals("models")) {
                try {
                    models.add(readModelPage(path, parts[1], stripMd(parts[2]), file.getValue(), problems));
                } catch (UnreadablePage e) {
                    problems.add(new Problem(path, Severity.SKIPPED, e.getMessage()));
                }
            } else if (parts.length == 2 && parts[0].equals("models")) {
                problems.add(new Problem(path, Severity.SKIPPED,
                        "not a model page: it sits outside any lab folder (the set's placeholder sheet)"));
            } else if (parts.length == 2 && parts[0].equals("labs")) {
                try {
                    labs.add(readLabPage(path, stripMd(parts[1]), file.getValue()));
                } catch (UnreadablePage e) {
                    problems.add(new Problem(path, Severity.SKIPPED, e.getMessage()));
                }
            }
            // Other pages (README, rankings, insights, architectures) are generated summaries: ignored.
        }
        return new Contents(List.copyOf(labs), List.copyOf(models), List.copyOf(problems));
    }

    static LabPage readLabPage(String file, String slug, String text) {
        List<String> lines = lines(text);
        String name = title(lines).orElseThrow(() -> new UnreadablePage("no '# name' title line"));
        Integer total = null;
        Integer publicModels = null;
        for (String line : lines) {
            Matcher m = FIELD.matcher(line);
            if (m.matches()) {
                String value = m.group(2).trim();
                if (m.group(1).equals("Total Models") && value.matches("[0-9]+")) {
                    total = Integer.valueOf(value);
                } else if (m.group(1).equals("Public Models") && value.matches("[0-9]+")) {
                    publicModels = Integer.valueOf(value);
                }
            }
        }
        return new LabPage(file, slug, name, total, publicModels);
    }

    static ModelPage readModelPage(String file, String labDir, String modelFile, String text, List<Problem> problems) {
        List<String> lines = lines(text);
        String name = title(lines).orElseThrow(() -> new UnreadablePage("no '# name' title line"));
        if (!isSlug(labDir) || !isSlug(modelFile)) {
            throw new UnreadablePage("path is not a usable slug: " + labDir + "/" + modelFile);
        }

        Map<String, String> fields = new LinkedHashMap<>();
        List<String> headlineTags = List.of();
        String labName = null;
        String labSlug = null;
        for (String line : lines) {
            if (line.startsWith("> ") && headlineTags.isEmpty()) {
                headlineTags = splitList(line.substring(2));
            }
            Matcher org = ORGANIZATION.matcher(line);
            if (org.matches()) {
                labName = org.group(1).trim();
                Matcher link = LAB_LINK.matcher(org.group(2).trim());
                labSlug = link.matches() ? link.group(1) : null;
                continue;
            }
            Matcher f = FIELD.matcher(line);
            if (f.matches()) {
                fields.putIfAbsent(f.group(1).trim(), f.group(2).trim());
            }
        }
        if (labName == null || isMissing(labName)) {
            throw new UnreadablePage("no organization");
        }
        if (labSlug != null && !labSlug.equals(labDir)) {
            problems.add(new Problem(file, Severity.WARNING,
                    "organization links to labs/" + labSlug + ".md but the page sits in models/" + labDir + "/; the folder wins"));
        }
        if (headlineTags.size() == 1 && headlineTags.get(0).equals(PLACEHOLDER_HEADLINE)) {
            headlineTags = List.of();
        }

        String released = emptyToNull(fields.get("Released"));
        Release release = parseRelease(released);
        if (release == null) {
            throw new UnreadablePage("unreadable release date '" + released + "'");
        }

        String accessText = fields.get("Access");
        Access access = accessText == null ? null : Access.parse(stripSymbols(accessText)).orElse(null);
        if (access == null) {
            throw new UnreadablePage("unreadable access '" + accessText + "'");
        }

        String typeText = emptyToNull(fields.get("Type"));
        Architecture architecture = null;
        if (typeText != null) {
            architecture = Architecture.parse(typeText).orElse(null);
            if (architecture == null) {
                problems.add(new Problem(file, Severity.WARNING, "unknown architecture '" + typeText + "', stored as unknown"));
            }
        }

        Double parameters = billions(file, "Parameters", fields.get("Parameters"));
        Double tokens = billions(file, "Training Tokens", fields.get("Training Tokens"));

        Map<String, Double> scores = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher row = BENCHMARK_ROW.matcher(line);
            if (row.matches()) {
                String benchmark = BENCHMARK_SLUGS.get(row.group(1).trim());
                String value = row.group(2).trim();
                if (benchmark == null) {
                    problems.add(new Problem(file, Severity.WARNING, "unknown benchmark '" + row.group(1) + "' ignored"));
                } else if (!isMissing(value)) {
                    if (!NUMBER.matcher(value).matches()) {
                        throw new UnreadablePage("unreadable " + row.group(1) + " score '" + value + "'");
                    }
                    scores.put(benchmark, Double.valueOf(value));
                }
            }
        }

        List<String> tags = List.of();
        String tagLine = firstLineOfSection(lines, "Model Tags");
        if (tagLine != null && tagLine.contains("`")) {
            tags = splitList(tagLine.replace("`", ""));
        }

        String notes = sectionText(lines, "Additional Notes");
        if (notes != null && notes.startsWith("_No additional notes")) {
            notes = null;
        }

        String playground = null;
        String paper = null;
        for (String line : section(lines, "Resources")) {
            Matcher item = LINK_ITEM.matcher(line);
            if (item.matches()) {
                String label = item.group(1).trim();
                String url = linkTarget(item.group(2));
                if (label.equals("Try the Model")) {
                    playground = url;
                } else if (label.equals("Technical Documentation")) {
                    paper = url;
                }
            }
        }

        LocalDate lastUpdated = null;
        String updated = emptyToNull(fields.get("Last Updated"));
        if (updated != null) {
            try {
                lastUpdated = LocalDate.parse(updated);
            } catch (DateTimeParseException e) {
                problems.add(new Problem(file, Severity.WARNING, "unreadable last-updated date '" + updated + "'"));
            }
        }

        return new ModelPage(file, labDir + "/" + modelFile, labDir, labName, name, headlineTags, released,
                release.date(), release.precision(), access, architecture, parameters, tokens,
                emptyToNull(fields.get("Dataset Type")), scores, tags, notes, playground, paper, lastUpdated);
    }

    private static final Pattern HTTP_URL = Pattern.compile("https?://[^\\s<>\"()]+");
    private static final Pattern BARE_DOMAIN = Pattern.compile("^[a-z0-9-]+(\\.[a-z0-9-]+)+(/\\S*)?$");

    /**
     * A usable http(s) link from a resource line: some pages hold a URL with a remark
     * ("https://… (same as above)", "Weights leaked: https://…"), a bare domain ("ask-rbg.ai"),
     * or no link at all ("TS"): the URL, https:// + the domain, or null.
     */
    static String linkTarget(String text) {
        String t = text.trim();
        Matcher url = HTTP_URL.matcher(t);
        if (url.find()) {
            return url.group();
        }
        return BARE_DOMAIN.matcher(t.toLowerCase(Locale.ROOT)).matches() ? "https://" + t : null;
    }

    /** A parsed release date and how much of it is known. */
    public record Release(LocalDate date, DatePrecision precision) {
    }

    /** {@code May/2024} → 2024-05-01 (month), {@code 2024} (year), {@code 2024-05-13} (day), {@code TBA}/missing → unknown; null if unreadable. */
    public static Release parseRelease(String released) {
        if (released == null || released.equalsIgnoreCase("TBA")) {
            return new Release(null, DatePrecision.UNKNOWN);
        }
        Matcher my = MONTH_YEAR.matcher(released);
        if (my.matches()) {
            Month month = month(my.group(1));
            return month == null ? null : new Release(LocalDate.of(Integer.parseInt(my.group(2)), month, 1), DatePrecision.MONTH);
        }
        if (YEAR.matcher(released).matches()) {
            return new Release(LocalDate.of(Integer.parseInt(released), 1, 1), DatePrecision.YEAR);
        }
        try {
            return new Release(LocalDate.parse(released), DatePrecision.DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Month month(String text) {
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(text)
                    || m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(text)) {
                return m;
            }
        }
        return null;
    }

    private static Double billions(String file, String field, String text) {
        if (text == null || isMissing(text) || text.equals("-B")) {
            return null;
        }
        Matcher m = BILLIONS.matcher(text);
        if (!m.matches()) {
            throw new UnreadablePage("unreadable " + field + " '" + text + "'");
        }
        return Double.valueOf(m.group(1));
    }

    private static java.util.Optional<String> title(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("# ")).map(l -> l.substring(2).trim())
                .filter(s -> !s.isEmpty()).findFirst();
    }

    /** The lines of a {@code ## <emoji> <name>} section, up to the next heading or rule. */
    private static List<String> section(List<String> lines, String name) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                in = line.endsWith(" " + name) || line.equals("## " + name);
                continue;
            }
            if (in && (line.startsWith("#") || line.equals("---"))) {
                break;
            }
            if (in) {
                out.add(line);
            }
        }
        return out;
    }

    private static String firstLineOfSection(List<String> lines, String name) {
        return section(lines, name).stream().map(String::trim).filter(s -> !s.isEmpty()).findFirst().orElse(null);
    }

    private static String sectionText(List<String> lines, String name) {
        String text = String.join("\n", section(lines, name)).trim();
        return text.isEmpty() ? null : text;
    }

    private static List<String> splitList(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> lines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
    }

    /** Drops the emoji in front of a value: "🟢 Public" → "Public". */
    private static String stripSymbols(String text) {
        return text.replaceAll("^[^\\p{L}]+", "").trim();
    }

    private static boolean isMissing(String value) {
        String v = value.trim();
        return v.isEmpty() || v.equals("-") || v.equals("—") || v.equalsIgnoreCase("n/a");
    }

    private static String emptyToNull(String value) {
        return value == null || isMissing(value) ? null : value.trim();
    }

    /** Lower-case letters (any script), digits, dots and hyphens: as the set's file names. */
    static boolean isSlug(String s) {
        return s.matches("[\\p{Ll}\\p{Lo}0-9][\\p{Ll}\\p{Lo}0-9._-]*") && s.length() <= 95;
    }

    private static String stripMd(String name) {
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private static Map<String, String> stripCommonRoot(Map<String, String> files) {
        boolean allUnderOneFolder = !files.isEmpty();
        String root = null;
        for (String path : files.keySet()) {
            int slash = path.indexOf('/');
            String first = slash < 0 ? null : path.substring(0, slash);
            if (first == null || first.equals("models") || first.equals("labs") || (root != null && !root.equals(first))) {
                allUnderOneFolder = false;
                break;
            }
            root = first;
        }
        if (!allUnderOneFolder) {
            return files;
        }
        Map<String, String> stripped = new TreeMap<>();
        int cut = root.length() + 1;
        files.forEach((path, text) -> stripped.put(path.substring(cut), text));
        return stripped;
    }

    /** A page that cannot be imported; its message is the reason given in the report. */
    static final class UnreadablePage extends RuntimeException {
        UnreadablePage(String reason) {
            super(reason, null, false, false);
        }
    }
}
