package org.llmleaderboard.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.llmleaderboard.config.LeaderboardConfig;
import org.llmleaderboard.graphql.input.BenchmarkInput;
import org.llmleaderboard.graphql.input.LabInput;
import org.llmleaderboard.graphql.input.ModelInput;
import org.llmleaderboard.graphql.input.ScoreInput;
import org.llmleaderboard.importer.DatasetJson;
import org.llmleaderboard.importer.MarkdownLeaderboard;
import org.llmleaderboard.importer.MarkdownLeaderboardReader;
import org.llmleaderboard.importer.ZipLimits;
import org.llmleaderboard.importer.ZipTooLargeException;
import org.llmleaderboard.repository.BenchmarkRepository;
import org.llmleaderboard.repository.LabRepository;
import org.llmleaderboard.security.Roles;
import org.llmleaderboard.service.load.LlmStatsImportService;
import org.llmleaderboard.service.load.llmstats.MergeReport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bulk imports (markdown set, our CSV, our JSON data set), each in one transaction: all or nothing.
 * A dry run, or any rejected row, rolls the transaction back; the report says what would have happened.
 * The change log gets one entry per import, with its counts and its file.
 */
@ApplicationScoped
@RolesAllowed(Roles.EDITOR)
public class ImportService {

    public enum Format {
        MARKDOWN, CSV, JSON, LLM_STATS;

        /** The {@code format} parameter: {@code markdown}, {@code csv}, {@code json}, {@code llm-stats}. */
        public static Format parse(String value) {
            String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            return valueOf(v);
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final EditService edits;
    private final LabRepository labs;
    private final BenchmarkRepository benchmarks;
    private final Validator validator;
    private final ChangeLog changeLog;
    private final TransactionManager transactions;
    private final EntityManager em;
    private final LlmStatsImportService llmStats;
    private final ZipLimits zipLimits;

    /** Rows between two clears of the persistence context. */
    private static final int CLEAR_EVERY = 50;

    ImportService(EntityManager em, EditService edits, LabRepository labs, BenchmarkRepository benchmarks, Validator validator, ChangeLog changeLog,
            TransactionManager transactions, LlmStatsImportService llmStats, LeaderboardConfig config) {
        this.llmStats = llmStats;
        this.zipLimits = new ZipLimits(config.imports().zipMaxEntries(), config.imports().zipMaxUncompressedBytes().asLongValue());
        this.edits = edits;
        this.labs = labs;
        this.benchmarks = benchmarks;
        this.validator = validator;
        this.changeLog = changeLog;
        this.transactions = transactions;
        this.em = em;
    }

    /** One row of any format, ready to write: the lab it may create, the model and its scores. */
    record Row(int line, LabInput lab, ModelInput model, List<ScoreInput> scores) {
    }

    @Transactional(rollbackOn = Exception.class)
    public ImportReport importFile(Format format, String file, byte[] body, boolean dryRun) throws InvalidArgumentException {
        if (format == Format.LLM_STATS) {
            return importLlmStats(file, body, dryRun);
        }
        List<ImportReport.Rejection> rejected = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int[] labCounts = new int[3];
        int[] benchmarkCounts = new int[3];
        int[] modelCounts = new int[3];
        int[] scoreCounts = new int[3];
        List<Row> rows = switch (format) {
            case MARKDOWN -> markdownRows(body, rejected, notes);
            case CSV -> csvRows(body, rejected, notes);
            case JSON -> jsonRows(body, rejected, notes, labCounts, benchmarkCounts);
            case LLM_STATS -> throw new IllegalStateException("llm-stats imports are merged, not read as rows");
        };
        // EditService flushes after each write; the look-ups between need no automatic flush of
        // everything pending (most of an import's time at 100,000 models).
        em.unwrap(Session.class).setHibernateFlushMode(FlushMode.COMMIT);
        int done = 0;
        for (Row row : rows) {
            if (++done % CLEAR_EVERY == 0) {
                // Written rows stay in the transaction; detaching them keeps each look-up and flush
                // from re-checking every entity imported so far (quadratic at 100,000 models).
                em.flush();
                em.clear();
            }
            String key = row.model().slug;
            try {
                if (row.lab() != null) {
                    if (!validate(row.line(), key, row.lab(), rejected)) {
                        continue;
                    }
                    labCounts[edits.saveLab(row.lab(), false).ordinal()]++;
                }
                if (!validate(row.line(), key, row.model(), rejected)) {
                    continue;
                }
                modelCounts[edits.saveModel(row.model(), false).ordinal()]++;
                for (ScoreInput score : row.scores()) {
                    if (validate(row.line(), key + " · " + score.benchmark, score, rejected)) {
                        scoreCounts[edits.saveScore(score, false).outcome().ordinal()]++;
                    }
                }
            } catch (InvalidArgumentException | ConflictException e) {
                rejected.add(new ImportReport.Rejection(row.line(), key, e.getMessage()));
            }
        }
        boolean write = !dryRun && rejected.isEmpty();
        ImportReport report = new ImportReport(format.name().toLowerCase(Locale.ROOT), file, dryRun, write, counts(modelCounts),
                counts(scoreCounts), counts(labCounts), counts(benchmarkCounts), rejected, notes);
        if (write) {
            changeLog.append("import", file == null ? format.name().toLowerCase(Locale.ROOT) : file, null, "counts", null,
                    "models " + report.models() + ", scores " + report.scores() + ", labs " + report.labs(), edits.actor(),
                    format.name().toLowerCase(Locale.ROOT) + " import" + (file == null ? "" : " of " + file), LocalDateTime.now());
        } else {
            rollback();
        }
        return report;
    }

    /**
     * A zip of the llm-stats set (the bundled one, or GitHub's zip of a newer checkout), merged with the project's
     * override file. Any file the reader cannot use rejects the import (nothing written); undecided models are not
     * imported and listed in the report for the override file.
     */
    private ImportReport importLlmStats(String file, byte[] body, boolean dryRun) throws InvalidArgumentException {
        org.llmleaderboard.importer.llmstats.LlmStats.Contents contents;
        try {
            contents = org.llmleaderboard.importer.llmstats.LlmStatsReader.readZip(body, zipLimits);
        } catch (ZipTooLargeException e) {
            throw new ImportTooLargeException(e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidArgumentException("body", "The body is not a readable zip of the llm-stats set: " + e.getMessage());
        }
        if (contents.models().isEmpty() && contents.benchmarks().isEmpty()) {
            throw new InvalidArgumentException("body",
                    "The zip holds no llm-stats models (data/organizations/<org>/models/<model>/model.json) nor benchmarks (data/benchmarks/*.json).");
        }
        List<ImportReport.Rejection> rejected = new ArrayList<>();
        contents.problems().forEach(p -> rejected.add(new ImportReport.Rejection(1, p.file(), p.reason())));
        MergeReport merge;
        try {
            merge = llmStats.merge(contents, org.llmleaderboard.importer.llmstats.LlmStatsOverrides.bundled());
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("overrides", e.getMessage());
        }
        boolean write = !dryRun && rejected.isEmpty();
        List<String> notes = new ArrayList<>(merge.notes());
        merge.undecided().forEach(u -> notes.add("undecided " + u.id() + ": " + u.rule() + " " + u.candidates()));
        ImportReport report = new ImportReport(Format.LLM_STATS.param(), file, dryRun, write,
                new ImportReport.Counts(merge.createdCount(), merge.matchedCount(), 0),
                new ImportReport.Counts(merge.scoresCreated(), merge.scoresUpdated(), merge.scoresUnchanged()),
                new ImportReport.Counts(merge.labsCreated(), merge.labsMatched(), 0),
                new ImportReport.Counts(merge.benchmarksCreated(), merge.benchmarksMatched(), 0), rejected, notes, merge);
        if (write) {
            changeLog.append("import", file == null ? Format.LLM_STATS.param() : file, null, "counts", null, merge.toString(), edits.actor(),
                    "llm-stats import" + (file == null ? "" : " of " + file), LocalDateTime.now());
        } else {
            rollback();
        }
        return report;
    }

    private <T> boolean validate(int line, String key, T input, List<ImportReport.Rejection> rejected) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (violations.isEmpty()) {
            return true;
        }
        String reason = violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; "));
        rejected.add(new ImportReport.Rejection(line, key, reason));
        return false;
    }

    private void rollback() {
        try {
            transactions.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException("Cannot roll back the import", e);
        }
    }

    private static ImportReport.Counts counts(int[] c) {
        return new ImportReport.Counts(c[0], c[1], c[2]);
    }

    // ---- markdown: a zip of the markdown leaderboard set ----

    private List<Row> markdownRows(byte[] body, List<ImportReport.Rejection> rejected, List<String> notes) throws InvalidArgumentException {
        MarkdownLeaderboard.Contents contents;
        try {
            contents = MarkdownLeaderboardReader.readZip(body, zipLimits);
        } catch (ZipTooLargeException e) {
            throw new ImportTooLargeException(e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidArgumentException("body", "The body is not a readable zip of the markdown set: " + e.getMessage());
        }
        if (contents.models().isEmpty() && contents.labs().isEmpty()) {
            throw new InvalidArgumentException("body", "The zip holds no model pages (models/<lab>/<model>.md) nor lab pages (labs/<lab>.md).");
        }
        for (MarkdownLeaderboard.Problem p : contents.problems()) {
            if (p.file().split("/").length == 2 && p.file().startsWith("models/")) {
                notes.add("ignored " + p.file() + ": " + p.reason());
            } else if (p.severity() == MarkdownLeaderboard.Severity.SKIPPED) {
                rejected.add(new ImportReport.Rejection(1, p.file(), p.reason()));
            } else {
                notes.add(p.toString());
            }
        }
        Map<String, String> labNames = new LinkedHashMap<>();
        contents.labs().forEach(l -> labNames.put(l.slug(), l.name()));
        List<Row> rows = new ArrayList<>();
        for (MarkdownLeaderboard.ModelPage page : contents.models()) {
            ModelInput m = new ModelInput();
            m.slug = page.slug();
            m.name = page.name();
            m.lab = page.labSlug();
            m.released = page.released();
            m.access = page.access().label();
            m.architecture = page.architecture() == null ? null : page.architecture().label();
            m.parameters = page.parameters();
            m.trainingTokens = page.trainingTokens();
            m.datasetType = page.datasetType();
            m.headlineTags = page.headlineTags();
            m.tags = page.tags();
            m.notes = page.notes();
            m.playgroundUrl = page.playgroundUrl();
            m.paperUrl = page.paperUrl();
            List<ScoreInput> scores = new ArrayList<>();
            page.scores().forEach((benchmark, value) -> {
                ScoreInput s = new ScoreInput();
                s.model = page.slug();
                s.benchmark = benchmark;
                s.value = value;
                s.sourceUrl = MarkdownImportService.SOURCE_REPOSITORY + page.file();
                s.source = MarkdownImportService.SOURCE_CITATION;
                s.date = page.lastUpdated() == null ? null : page.lastUpdated().toString();
                scores.add(s);
            });
            rows.add(new Row(1, labFor(page.labSlug(), labNames.getOrDefault(page.labSlug(), page.labName())), m, scores));
        }
        return rows;
    }

    /** A lab to create when it does not exist yet; existing labs are left as they are. */
    private LabInput labFor(String slug, String name) {
        if (slug == null || labs.findBySlug(slug).isPresent()) {
            return null;
        }
        LabInput lab = new LabInput();
        lab.slug = slug;
        lab.name = name == null || name.isBlank() ? slug : name;
        return lab;
    }

    // ---- CSV: the columns of /export.csv; derived columns are ignored ----

    static final Set<String> DERIVED_COLUMNS = Set.of("rank", "lab_name", "release_date", "token_param_ratio", "training_category",
            "alscore", "alscore_band", "url");

    private List<Row> csvRows(byte[] body, List<ImportReport.Rejection> rejected, List<String> notes) throws InvalidArgumentException {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Set<String> benchmarkSlugs = benchmarks.listAll().stream().map(b -> b.slug).collect(Collectors.toSet());
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            for (String required : List.of("slug", "name", "lab")) {
                if (!header.contains(required)) {
                    throw new InvalidArgumentException("body", "The CSV header lacks the column '" + required
                            + "'. Expected the columns of /export.csv: slug, name, lab, ...");
                }
            }
            List<String> ignored = header.stream().filter(h -> !KNOWN_CSV.contains(h) && !DERIVED_COLUMNS.contains(h)
                    && !benchmarkSlugs.contains(h)).toList();
            if (!ignored.isEmpty()) {
                notes.add("ignored columns: " + String.join(", ", ignored));
            }
            for (CSVRecord r : parser) {
                int line = (int) r.getRecordNumber() + 1;
                Map<String, String> v = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < r.size(); i++) {
                    v.put(header.get(i), r.get(i).isBlank() ? null : r.get(i));
                }
                try {
                    rows.add(csvRow(line, v, benchmarkSlugs));
                } catch (IllegalArgumentException e) {
                    rejected.add(new ImportReport.Rejection(line, v.getOrDefault("slug", "?"), e.getMessage()));
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidArgumentException("body", "The body is not readable CSV: " + e.getMessage());
        }
        return rows;
    }

    static final Set<String> KNOWN_CSV = Set.of("slug", "name", "lab", "architecture", "access", "released", "parameters_b",
            "active_parameters_b", "training_tokens_b", "dataset_type", "headline_tags", "tags", "notes", "playground_url",
            "paper_url", "source_url", "source", "score_date", "setting", "self_reported");

    private Row csvRow(int line, Map<String, String> v, Set<String> benchmarkSlugs) {
        ModelInput m = new ModelInput();
        m.slug = v.get("slug");
        m.name = v.get("name");
        m.lab = v.get("lab");
        m.architecture = v.get("architecture");
        m.access = v.get("access");
        m.released = v.get("released");
        m.parameters = number(v, "parameters_b");
        m.activeParameters = number(v, "active_parameters_b");
        m.trainingTokens = number(v, "training_tokens_b");
        m.datasetType = v.get("dataset_type");
        m.headlineTags = list(v.get("headline_tags"));
        m.tags = list(v.get("tags"));
        m.notes = v.get("notes");
        m.playgroundUrl = v.get("playground_url");
        m.paperUrl = v.get("paper_url");
        List<ScoreInput> scores = new ArrayList<>();
        for (Map.Entry<String, String> e : v.entrySet()) {
            if (benchmarkSlugs.contains(e.getKey()) && e.getValue() != null) {
                ScoreInput s = new ScoreInput();
                s.model = m.slug;
                s.benchmark = e.getKey();
                s.value = number(v, e.getKey());
                s.sourceUrl = v.get("source_url");
                s.source = v.get("source");
                s.setting = v.get("setting");
                s.date = v.get("score_date");
                s.selfReported = v.get("self_reported") == null ? null : Boolean.valueOf(v.get("self_reported"));
                if (s.sourceUrl == null && s.source == null) {
                    throw new IllegalArgumentException("the " + e.getKey() + " score needs a source: fill source_url or source.");
                }
                scores.add(s);
            }
        }
        return new Row(line, m.lab == null ? null : labFor(m.lab, v.get("lab_name")), m, scores);
    }

    private static Double number(Map<String, String> v, String column) {
        String s = v.get(column);
        if (s == null) {
            return null;
        }
        try {
            return Double.valueOf(s.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + ": '" + s + "' is not a number.");
        }
    }

    private static List<String> list(String s) {
        return s == null ? null : Arrays.stream(s.split("[;,]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    // ---- JSON: the data set format of /export/dataset.json ----

    private List<Row> jsonRows(byte[] body, List<ImportReport.Rejection> rejected, List<String> notes, int[] labCounts,
            int[] benchmarkCounts) throws InvalidArgumentException {
        DatasetJson.Dataset dataset;
        try {
            dataset = DatasetJson.read(new ByteArrayInputStream(body));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidArgumentException("body", "The body is not a " + DatasetJson.FORMAT + " document: " + e.getMessage());
        }
        // Labs and benchmarks first: the models refer to them. Entries are numbered in document order.
        int entry = 0;
        for (DatasetJson.LabRecord l : dataset.labs()) {
            entry++;
            LabInput lab = new LabInput();
            lab.slug = l.slug();
            lab.name = l.name();
            lab.website = l.website();
            lab.country = l.country();
            if (validate(entry, "lab " + l.slug(), lab, rejected)) {
                labCounts[edits.saveLab(lab, false).ordinal()]++;
            }
        }
        for (DatasetJson.BenchmarkRecord b : dataset.benchmarks()) {
            entry++;
            BenchmarkInput benchmark = new BenchmarkInput();
            benchmark.slug = b.slug();
            benchmark.name = b.name();
            benchmark.description = b.description() == null ? b.name() : b.description();
            benchmark.unit = b.unit();
            benchmark.higherIsBetter = b.higherIsBetter();
            if (validate(entry, "benchmark " + b.slug(), benchmark, rejected)) {
                try {
                    benchmarkCounts[edits.saveBenchmark(benchmark, false).ordinal()]++;
                } catch (InvalidArgumentException e) {
                    rejected.add(new ImportReport.Rejection(entry, "benchmark " + b.slug(), e.getMessage()));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (DatasetJson.ModelRecord r : dataset.models()) {
            entry++;
            ModelInput m = new ModelInput();
            m.slug = r.slug();
            m.name = r.name();
            m.lab = r.lab();
            m.headlineTags = r.headlineTags();
            m.released = r.released();
            m.access = r.access();
            m.architecture = r.architecture();
            m.parameters = r.parameters();
            m.activeParameters = r.activeParameters();
            m.trainingTokens = r.trainingTokens();
            m.datasetType = r.datasetType();
            m.tags = r.tags();
            m.notes = r.notes();
            m.playgroundUrl = r.playgroundUrl();
            m.paperUrl = r.paperUrl();
            m.lastUpdated = r.lastUpdated();
            List<ScoreInput> scores = new ArrayList<>();
            for (DatasetJson.ScoreRecord sr : r.scores()) {
                ScoreInput s = new ScoreInput();
                s.model = r.slug();
                s.benchmark = sr.benchmark();
                s.value = sr.value();
                s.setting = sr.setting();
                s.selfReported = sr.selfReported();
                s.sourceUrl = sr.sourceUrl();
                s.source = sr.source();
                s.date = sr.date() == null ? null : sr.date().toString();
                s.headline = sr.headline();
                scores.add(s);
            }
            rows.add(new Row(entry, null, m, scores));
        }
        notes.add("entries are numbered in document order: labs, then benchmarks, then models");
        return rows;
    }
}
