package org.llmleaderboard.service.load.llmstats;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.repository.AliasRepository;
import org.llmleaderboard.repository.AliasTarget;
import org.llmleaderboard.repository.BenchmarkRepository;
import org.llmleaderboard.repository.LabRepository;
import org.llmleaderboard.repository.LanguageModelRepository;

import java.util.List;
import java.util.Map;

/** Reads {@link Existing}: every lab, benchmark and model (with its lab), and the three kinds of alias. */
@ApplicationScoped
public class ExistingReader {

    private final LabRepository labs;
    private final BenchmarkRepository benchmarks;
    private final LanguageModelRepository models;
    private final AliasRepository aliases;

    ExistingReader(LabRepository labs, BenchmarkRepository benchmarks, LanguageModelRepository models, AliasRepository aliases) {
        this.labs = labs;
        this.benchmarks = benchmarks;
        this.models = models;
        this.aliases = aliases;
    }

    public Existing read() {
        Existing existing = new Existing();
        labs.listAll().forEach(l -> existing.labs.put(l.slug, l));
        benchmarks.listAll().forEach(b -> existing.benchmarks.put(b.slug, b));
        models.listWithLabs().forEach(m -> existing.models.put(m.slug, m));
        put(aliases.labAliases(), existing.labAliases);
        put(aliases.benchmarkAliases(), existing.benchmarkAliases);
        put(aliases.modelAliases(), existing.modelAliases);
        return existing;
    }

    private static void put(List<AliasTarget> aliases, Map<String, String> into) {
        aliases.forEach(a -> into.put(a.alias(), a.slug()));
    }
}
