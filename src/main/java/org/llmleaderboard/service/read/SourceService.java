package org.llmleaderboard.service.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.llmleaderboard.domain.DataSource;
import org.llmleaderboard.domain.DataSources;
import org.llmleaderboard.repository.SourceCount;
import org.llmleaderboard.repository.SourceCountRepository;
import org.llmleaderboard.repository.SourceLoad;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The data sources of {@link DataSources} with what each contributed (counted by the origin its rows carry) and its
 * last import: three statements for all sources, whatever their number or the size of the data.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SourceService {

    private final SourceCountRepository counts;

    SourceService(SourceCountRepository counts) {
        this.counts = counts;
    }

    /** Every source, in the registry's order. */
    public List<SourceInfo> sources() {
        Map<String, Map<String, Long>> byKind = new HashMap<>();
        for (SourceCount c : counts.counts(DataSources.citations())) {
            DataSources.of(c.key(), null).or(() -> DataSources.of(null, c.key())).ifPresent(s -> byKind
                    .computeIfAbsent(s.id(), k -> new HashMap<>())
                    .merge(c.kind(), "models".equals(c.kind()) ? c.models() : c.rows(), Long::sum));
        }
        Map<String, SourceLoad> bundled = counts.bundledLoads().stream()
                .collect(Collectors.toMap(SourceLoad::key, Function.identity(), (a, b) -> a));
        List<String> formats = DataSources.ALL.stream().map(DataSource::importFormat).filter(Objects::nonNull).toList();
        Map<String, LocalDateTime> imported = counts.lastImports(formats).stream()
                .collect(Collectors.toMap(SourceLoad::key, SourceLoad::at, (a, b) -> a));
        return DataSources.ALL.stream().map(s -> info(s, byKind.getOrDefault(s.id(), Map.of()), bundled.get(s.dataLoad()),
                s.importFormat() == null ? null : imported.get(s.importFormat()))).toList();
    }

    /** A score's source, from its origin or citation; null for an editor's score. No statement. */
    public SourceRef sourceOf(String origin, String citation) {
        return DataSources.of(origin, citation).map(SourceRef::of).orElse(null);
    }

    /** The newest snapshot of all sources: what the data is "as of". */
    public LocalDate dataAsOf() {
        return DataSources.newestSnapshot();
    }

    private static SourceInfo info(DataSource s, Map<String, Long> n, SourceLoad load, LocalDateTime laterImport) {
        SourceInfo.SourceCounts c = new SourceInfo.SourceCounts(count(n, "models"),
                s.marksModels() ? count(n, "created") : null, count(n, "scores"),
                count(n, "facts"), count(n, "offerings"));
        LocalDateTime bundledAt = load == null ? null : load.at();
        LocalDateTime last = bundledAt == null || laterImport != null && laterImport.isAfter(bundledAt) ? laterImport : bundledAt;
        return new SourceInfo(s.id(), s.name(), s.url(), s.licence(), s.licenceUrl(), s.snapshot(), s.commit(), s.snapshotUrl(),
                s.snapshotDate(), s.attribution(), c, bundledAt, load == null ? null : load.summary(), last);
    }

    private static int count(Map<String, Long> counts, String kind) {
        return Math.toIntExact(counts.getOrDefault(kind, 0L));
    }
}
