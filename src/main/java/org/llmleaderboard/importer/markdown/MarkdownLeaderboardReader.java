package org.llmleaderboard.importer.markdown;

import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.Architecture;
import org.llmleaderboard.domain.ReleaseDate;
import org.llmleaderboard.importer.BoundedZip;
import org.llmleaderboard.importer.ZipLimits;
import org.llmleaderboard.importer.ZipTooLargeException;
import org.llmleaderboard.importer.markdown.MarkdownProblem.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.llmleaderboard.importer.markdown.MarkdownText.emptyToNull;
import static org.llmleaderboard.importer.markdown.MarkdownText.isMissing;
import static org.llmleaderboard.importer.markdown.MarkdownText.lines;
import static org.llmleaderboard.importer.markdown.MarkdownText.splitList;
import static org.llmleaderboard.importer.markdown.MarkdownText.stripMd;
import static org.llmleaderboard.importer.markdown.MarkdownText.title;

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
    private static final Pattern BENCHMARK_ROW = Pattern.compile("^\\|\\s*\\*\\*(.+?)\\*\\*\\s*\\|\\s*([^|]*?)\\s*\\|.*$");
    private static final Pattern LINK_ITEM = Pattern.compile("^-\\s*\\S*\\s*\\[([^]]*)]\\((.*)\\)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^-?[0-9]+(?:\\.[0-9]+)?$");
    private static final Pattern HTTP_URL = Pattern.compile("https?://[^\\s<>\"()]+");
    private static final Pattern BARE_DOMAIN = Pattern.compile("^[a-z0-9-]+(\\.[a-z0-9-]+)+(/\\S*)?$");

    private MarkdownLeaderboardReader() {
    }

    /** Reads a checkout of the set (the folder holding {@code models/} and {@code labs/}). */
    public static MarkdownSet readDirectory(Path root) {
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
    public static MarkdownSet readZip(InputStream zip) throws IOException {
        return read(stripCommonRoot(BoundedZip.read(zip, ZipLimits.DEFAULTS, MarkdownLeaderboardReader::markdownFile)));
    }

    /**
     * Reads an uploaded zip of the set, refusing one beyond {@code limits} (a zip bomb) before unpacking it.
     *
     * @throws ZipTooLargeException when the zip holds too many entries or unpacks to too many bytes
     */
    public static MarkdownSet readZip(byte[] zip, ZipLimits limits) throws IOException {
        return read(stripCommonRoot(BoundedZip.read(zip, limits, MarkdownLeaderboardReader::markdownFile)));
    }

    private static String markdownFile(String name) {
        return name.endsWith(".md") ? name : null;
    }

    /** Reads the set from its files, keyed by path relative to the set's root. */
    public static MarkdownSet read(Map<String, String> files) {
        List<MarkdownLabPage> labs = new ArrayList<>();
        List<MarkdownModelPage> models = new ArrayList<>();
        List<MarkdownProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            String path = Normalizer.normalize(file.getKey(), Normalizer.Form.NFC);
            String[] parts = path.split("/");
            if (parts.length == 3 && parts[0].equals("models")) {
                try {
                    models.add(readModelPage(path, parts[1], stripMd(parts[2]), file.getValue(), problems));
                } catch (UnreadablePage e) {
                    problems.add(new MarkdownProblem(path, Severity.SKIPPED, e.getMessage()));
                }
            } else if (parts.length == 2 && parts[0].equals("models")) {
                problems.add(new MarkdownProblem(path, Severity.SKIPPED,
                        "not a model page: it sits outside any lab folder (the set's placeholder sheet)"));
            } else if (parts.length == 2 && parts[0].equals("labs")) {
                try {
                    labs.add(readLabPage(path, stripMd(parts[1]), file.getValue()));
                } catch (UnreadablePage e) {
                    problems.add(new MarkdownProblem(path, Severity.SKIPPED, e.getMessage()));
                }
            }
            // Other pages (README, rankings, insights, architectures) are generated summaries: ignored.
        }
        return new MarkdownSet(List.copyOf(labs), List.copyOf(models), List.copyOf(problems));
    }

    static MarkdownLabPage readLabPage(String file, String slug, String text) {
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
        return new MarkdownLabPage(file, slug, name, total, publicModels);
    }

    /** What a model page's header says: its headline tags, its organization, and its {@code **Field:** value} lines. */
    private record Header(List<String> headlineTags, String labName, String labSlug, Map<String, String> fields) {
    }

    private static Header header(List<String> lines) {
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
        if (headlineTags.size() == 1 && headlineTags.get(0).equals(PLACEHOLDER_HEADLINE)) {
            headlineTags = List.of();
        }
        return new Header(headlineTags, labName, labSlug, fields);
    }

    static MarkdownModelPage readModelPage(String file, String labDir, String modelFile, String text, List<MarkdownProblem> problems) {
        List<String> lines = lines(text);
        String name = title(lines).orElseThrow(() -> new UnreadablePage("no '# name' title line"));
        if (!MarkdownText.isSlug(labDir) || !MarkdownText.isSlug(modelFile)) {
            throw new UnreadablePage("path is not a usable slug: " + labDir + "/" + modelFile);
        }
        Header header = header(lines);
        Map<String, String> fields = header.fields();
        if (header.labName() == null || isMissing(header.labName())) {
            throw new UnreadablePage("no organization");
        }
        if (header.labSlug() != null && !header.labSlug().equals(labDir)) {
            problems.add(new MarkdownProblem(file, Severity.WARNING, "organization links to labs/" + header.labSlug()
                    + ".md but the page sits in models/" + labDir + "/; the folder wins"));
        }

        String released = emptyToNull(fields.get("Released"));
        ReleaseDate release = ReleaseDate.parse(released);
        if (release == null) {
            throw new UnreadablePage("unreadable release date '" + released + "'");
        }
        String accessText = fields.get("Access");
        Access access = accessText == null ? null : Access.parse(MarkdownText.stripSymbols(accessText)).orElse(null);
        if (access == null) {
            throw new UnreadablePage("unreadable access '" + accessText + "'");
        }
        Architecture architecture = architecture(file, emptyToNull(fields.get("Type")), problems);
        Double parameters = billions("Parameters", fields.get("Parameters"));
        Double tokens = billions("Training Tokens", fields.get("Training Tokens"));
        Map<String, Double> scores = scores(file, lines, problems);

        List<String> tags = List.of();
        String tagLine = MarkdownText.firstLineOfSection(lines, "Model Tags");
        if (tagLine != null && tagLine.contains("`")) {
            tags = splitList(tagLine.replace("`", ""));
        }
        String notes = MarkdownText.sectionText(lines, "Additional Notes");
        if (notes != null && notes.startsWith("_No additional notes")) {
            notes = null;
        }
        Map<String, String> resources = resources(lines);
        return new MarkdownModelPage(file, labDir + "/" + modelFile, labDir, header.labName(), name, header.headlineTags(), released,
                release.date(), release.precision(), access, architecture, parameters, tokens,
                emptyToNull(fields.get("Dataset Type")), scores, tags, notes, resources.get("Try the Model"),
                resources.get("Technical Documentation"), lastUpdated(file, emptyToNull(fields.get("Last Updated")), problems));
    }

    private static Architecture architecture(String file, String typeText, List<MarkdownProblem> problems) {
        if (typeText == null) {
            return null;
        }
        Architecture architecture = Architecture.parse(typeText).orElse(null);
        if (architecture == null) {
            problems.add(new MarkdownProblem(file, Severity.WARNING, "unknown architecture '" + typeText + "', stored as unknown"));
        }
        return architecture;
    }

    /** Benchmark slug to score, from the page's benchmark table, in its order. */
    private static Map<String, Double> scores(String file, List<String> lines, List<MarkdownProblem> problems) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher row = BENCHMARK_ROW.matcher(line);
            if (row.matches()) {
                String benchmark = BENCHMARK_SLUGS.get(row.group(1).trim());
                String value = row.group(2).trim();
                if (benchmark == null) {
                    problems.add(new MarkdownProblem(file, Severity.WARNING, "unknown benchmark '" + row.group(1) + "' ignored"));
                } else if (!isMissing(value)) {
                    if (!NUMBER.matcher(value).matches()) {
                        throw new UnreadablePage("unreadable " + row.group(1) + " score '" + value + "'");
                    }
                    scores.put(benchmark, Double.valueOf(value));
                }
            }
        }
        return scores;
    }

    /** The links of the Resources section, by label (the last of a label wins). */
    private static Map<String, String> resources(List<String> lines) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String line : MarkdownText.section(lines, "Resources")) {
            Matcher item = LINK_ITEM.matcher(line);
            if (item.matches()) {
                links.put(item.group(1).trim(), linkTarget(item.group(2)));
            }
        }
        return links;
    }

    private static LocalDate lastUpdated(String file, String updated, List<MarkdownProblem> problems) {
        if (updated == null) {
            return null;
        }
        try {
            return LocalDate.parse(updated);
        } catch (DateTimeParseException e) {
            problems.add(new MarkdownProblem(file, Severity.WARNING, "unreadable last-updated date '" + updated + "'"));
            return null;
        }
    }

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

    private static Double billions(String field, String text) {
        if (text == null || isMissing(text) || text.equals("-B")) {
            return null;
        }
        Matcher m = BILLIONS.matcher(text);
        if (!m.matches()) {
            throw new UnreadablePage("unreadable " + field + " '" + text + "'");
        }
        return Double.valueOf(m.group(1));
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
