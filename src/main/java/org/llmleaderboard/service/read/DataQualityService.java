package org.llmleaderboard.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.llmleaderboard.domain.SearchText;
import org.llmleaderboard.importer.identity.ReviewedDistinct;
import org.llmleaderboard.repository.DataQualityRepository;
import org.llmleaderboard.repository.OutOfRangeRow;
import org.llmleaderboard.repository.QualityModelRow;
import org.llmleaderboard.service.read.DataQualityReport.BenchmarkRef;
import org.llmleaderboard.service.read.DataQualityReport.DuplicateCluster;
import org.llmleaderboard.service.read.DataQualityReport.OutOfRangeScore;
import org.llmleaderboard.service.read.ModelSummary.ModelRef;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The data-quality report (page {@code /data-quality}, GraphQL {@code dataQuality}): four statements whatever the size
 * of the data. Suspected duplicates are found in memory from one list of every model: the same normalised name (case,
 * accents, spaces and punctuation ignored, {@code +} read as "plus"), or the same lab and the same parameters released
 * within a month of each other. A cluster whose every pair a curator reviewed as distinct ({@link ReviewedDistinct})
 * is left out: it was decided.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DataQualityService {

    /** Entries per list at most (the counts stay whole); also what the GraphQL cost counts per list. */
    public static final int MAX_ROWS = org.llmleaderboard.repository.RelationSizes.DATA_QUALITY_ROWS;
    /** Models per duplicate cluster at most. */
    public static final int MAX_CLUSTER = org.llmleaderboard.repository.RelationSizes.DUPLICATE_CLUSTER_MODELS;
    static final String SAME_NAME = "same-name";
    static final String SAME_LAB_PARAMETERS_MONTH = "same-lab-parameters-month";
    private static final long WITHIN_DAYS = 31;

    private final DataQualityRepository repository;
    private final UnresolvedRecords unresolved;
    private final ReviewedDistinct reviewed = ReviewedDistinct.bundled();

    DataQualityService(DataQualityRepository repository, UnresolvedRecords unresolved) {
        this.repository = repository;
        this.unresolved = unresolved;
    }

    public DataQualityReport report() {
        List<QualityModelRow> models = repository.models();
        List<ModelRef> withoutDate = models.stream().filter(m -> m.releaseDate() == null).map(DataQualityService::ref).toList();
        return new DataQualityReport(cap(duplicates(models, reviewed)),
                repository.benchmarksWithoutFamily(MAX_ROWS).stream().map(b -> new BenchmarkRef(b.slug(), b.name())).toList(),
                (int) repository.benchmarksWithoutFamilyCount(),
                repository.outOfRangeScores(MAX_ROWS).stream().map(DataQualityService::outOfRange).toList(),
                cap(models.stream().filter(m -> m.labSlug() == null).map(DataQualityService::ref).toList()),
                cap(withoutDate), withoutDate.size(), unresolved.list(MAX_ROWS), unresolved.provenance());
    }

    /**
     * The clusters of suspected duplicates: name collisions first, then same lab, parameters and month; each once, and
     * none whose every pair was reviewed as distinct.
     */
    static List<DuplicateCluster> duplicates(List<QualityModelRow> models, ReviewedDistinct reviewed) {
        List<DuplicateCluster> clusters = new ArrayList<>();
        Set<Set<String>> seen = new HashSet<>();
        Map<String, List<QualityModelRow>> byName = new TreeMap<>();
        for (QualityModelRow m : models) {
            byName.computeIfAbsent(normalisedName(m.name()), k -> new ArrayList<>()).add(m);
        }
        byName.forEach((name, group) -> add(clusters, seen, reviewed, SAME_NAME, name, group));
        Map<String, List<QualityModelRow>> byLabAndSize = new TreeMap<>();
        for (QualityModelRow m : models) {
            if (m.labSlug() != null && m.parameters() != null && m.releaseDate() != null) {
                byLabAndSize.computeIfAbsent(m.labSlug() + " · " + m.parameters() + " B", k -> new ArrayList<>()).add(m);
            }
        }
        byLabAndSize.forEach((key, group) -> {
            group.sort(Comparator.comparing(QualityModelRow::releaseDate).thenComparing(QualityModelRow::slug));
            List<QualityModelRow> run = new ArrayList<>();
            for (QualityModelRow m : group) {
                if (!run.isEmpty() && ChronoUnit.DAYS.between(run.get(run.size() - 1).releaseDate(), m.releaseDate()) > WITHIN_DAYS) {
                    add(clusters, seen, reviewed, SAME_LAB_PARAMETERS_MONTH, key, run);
                    run = new ArrayList<>();
                }
                run.add(m);
            }
            add(clusters, seen, reviewed, SAME_LAB_PARAMETERS_MONTH, key, run);
        });
        return clusters;
    }

    private static void add(List<DuplicateCluster> clusters, Set<Set<String>> seen, ReviewedDistinct reviewed, String reason, String key,
            List<QualityModelRow> group) {
        if (group.size() < 2 || reviewed.allDistinct(group.stream().map(QualityModelRow::slug).toList())) {
            return;
        }
        Set<String> slugs = new HashSet<>();
        group.forEach(m -> slugs.add(m.slug()));
        if (seen.add(slugs)) {
            clusters.add(new DuplicateCluster(reason, key,
                    group.stream().limit(MAX_CLUSTER).map(DataQualityService::ref).toList()));
        }
    }

    /** "GPT-4o" and "GPT 4o" are one name; "Command R+" is "command r plus", not "Command R". */
    public static String normalisedName(String name) {
        return SearchText.fold(name).replace("+", "plus").replaceAll("[^a-z0-9]", "");
    }

    private static ModelRef ref(QualityModelRow m) {
        return new ModelRef(m.slug(), m.name());
    }

    private static OutOfRangeScore outOfRange(OutOfRangeRow r) {
        return new OutOfRangeScore(new ModelRef(r.modelSlug(), r.modelName()), new BenchmarkRef(r.benchmarkSlug(), r.benchmarkName()),
                r.value(), r.minScore(), r.maxScore());
    }

    private static <T> List<T> cap(List<T> list) {
        return list.size() <= MAX_ROWS ? list : List.copyOf(list.subList(0, MAX_ROWS));
    }

}
