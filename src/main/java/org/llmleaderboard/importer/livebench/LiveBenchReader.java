package org.llmleaderboard.importer.livebench;

import org.llmleaderboard.importer.UnreadableImportException;
import org.llmleaderboard.importer.ZipLimits;
import org.llmleaderboard.importer.livebench.LiveBenchTables.Table;
import org.llmleaderboard.importer.source.SourceFiles;
import org.llmleaderboard.importer.source.SourceRecords;
import org.llmleaderboard.importer.source.SourceScore;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * LiveBench as its site's repository writes it (github.com/LiveBench/livebench.github.io, Apache-2.0): one model per
 * LiveBench model (effort and thinking ids folded into it as settings), and for each release a score per category
 * ({@code livebench/reasoning}, …) and the global average ({@code livebench/average}), in percent, INDEPENDENT (LiveBench
 * runs them), dated with the release. Names, organisations, versions and flags come from
 * {@code extracted/model_links.json} when present (it is ours, extracted from the site's code; a plain upstream checkout
 * has none, and names are then derived from the ids).
 */
public final class LiveBenchReader {

    public static final String ORIGIN = "livebench";

    private static final Pattern KEPT = Pattern.compile(
            "public/(?:table|categories)_\\d{4}_\\d{2}_\\d{2}\\.(?:csv|json)|" + Pattern.quote(LiveBenchLinks.PATH));

    private LiveBenchReader() {
    }

    /** The files it reads, at the root or under one top folder (GitHub's zip): the release tables and model facts. */
    public static UnaryOperator<String> files() {
        return name -> {
            if (KEPT.matcher(name).matches()) {
                return name;
            }
            int slash = name.indexOf('/');
            String rest = slash < 0 ? null : name.substring(slash + 1);
            return rest != null && KEPT.matcher(rest).matches() ? rest : null;
        };
    }

    public static SourceRecords readZip(InputStream zip) throws IOException, UnreadableImportException {
        return read(SourceFiles.zip(zip, ZipLimits.DEFAULTS, files()));
    }

    /** The records of a checkout's files (path → text); no release table at all is an unreadable input. */
    public static SourceRecords read(Map<String, String> files) throws UnreadableImportException {
        List<String> problems = new ArrayList<>();
        List<Table> tables = LiveBenchTables.read(files, problems);
        if (tables.isEmpty()) {
            throw new UnreadableImportException("no readable LiveBench release (public/table_YYYY_MM_DD.csv with its "
                    + "public/categories_YYYY_MM_DD.json): " + String.join("; ", problems), null);
        }
        Set<String> ids = new LinkedHashSet<>();
        tables.forEach(t -> ids.addAll(t.rows().keySet()));
        LiveBenchModels.Resolved models = LiveBenchModels.resolve(ids, LiveBenchLinks.read(files, problems));
        List<SourceScore> scores = new ArrayList<>();
        tables.forEach(t -> scores.addAll(LiveBenchScores.of(t, models.byTableId(), problems)));
        scores.sort(Comparator.comparing(SourceScore::modelId).thenComparing(SourceScore::release)
                .thenComparing(SourceScore::benchmark).thenComparing(s -> String.valueOf(s.setting())));
        return new SourceRecords(ORIGIN, models.models(), scores, List.of(), problems);
    }

    /** The releases with their dates, categories (and tasks) and model counts, oldest first; unreadable ones left out. */
    public static List<LiveBenchRelease> releases(Map<String, String> files) {
        return LiveBenchTables.read(files, new ArrayList<>()).stream().map(Table::release).toList();
    }
}
