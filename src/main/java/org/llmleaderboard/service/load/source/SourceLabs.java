package org.llmleaderboard.service.load.source;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.domain.LabAlias;
import org.llmleaderboard.domain.LabCrosswalk;
import org.llmleaderboard.importer.identity.ModelNames;
import org.llmleaderboard.importer.llmstats.LlmStatsNames;
import org.llmleaderboard.importer.source.SourceModel;
import org.llmleaderboard.repository.AliasRepository;
import org.llmleaderboard.repository.LabRepository;
import org.llmleaderboard.service.load.llmstats.Existing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Step 1, labs: the lab of each organisation as a source writes it ({@code OpenAI}, {@code openai}, {@code Meta AI},
 * {@code Zhipu AI,Tsinghua University}). Found by slug, by the lab crosswalk, by a lab alias, or by name without its
 * company suffix ("Mistral AI" is {@code mistral}); else created. The spelling is kept as a lab alias.
 */
@ApplicationScoped
public class SourceLabs {

    /** Company words that do not tell labs apart ("Mistral AI" and "Mistral", "Cohere Inc." and "Cohere"). */
    private static final Pattern SUFFIX = Pattern.compile("(?:\\s+(?:ai|inc|labs?|research|corp|corporation|ltd|limited|llc|co|technologies|technology|team))+$");

    private final LabRepository labs;
    private final AliasRepository aliases;

    SourceLabs(LabRepository labs, AliasRepository aliases) {
        this.labs = labs;
        this.aliases = aliases;
    }

    /** The lab of each organisation the records name, and how many labs were created. */
    public record Labs(Map<String, Lab> byName, int created) {
    }

    public Labs run(String origin, List<SourceModel> models, Existing existing) {
        LabCrosswalk crosswalk = LabCrosswalk.bundled();
        Map<String, Lab> byCore = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Lab lab : existing.labs.values()) {
            for (String key : List.of(core(lab.name), core(lab.slug))) {
                Lab before = byCore.put(key, lab);
                if (before != null && before != lab) {
                    ambiguous.add(key);
                }
            }
        }
        ambiguous.forEach(byCore::remove);
        Set<String> aliasTaken = new HashSet<>(existing.labAliases.keySet());
        Map<String, Lab> byName = new HashMap<>();
        int created = 0;
        for (SourceModel m : models) {
            if (!named(m.lab()) || byName.containsKey(m.lab())) {
                continue; // a record without a lab is placed by its name alone (SourceModels), never in a lab of its own
            }
            String name = organisation(m.lab());
            String slug = crosswalk.survivor(LlmStatsNames.slugify(name));
            Lab lab = existing.labs.get(slug);
            if (lab == null && existing.labAliases.containsKey(slug)) {
                lab = existing.labs.get(existing.labAliases.get(slug));
            }
            if (lab == null) {
                lab = byCore.get(core(name));
            }
            if (lab == null) {
                lab = create(slug, crosswalk.of(LlmStatsNames.slugify(name)) != null ? crosswalk.of(LlmStatsNames.slugify(name)).name() : name);
                existing.labs.put(lab.slug, lab);
                byCore.putIfAbsent(core(lab.name), lab);
                created++;
            }
            byName.put(m.lab(), lab);
            String spelling = LlmStatsNames.slugify(name);
            if (!spelling.equals(lab.slug) && !existing.labs.containsKey(spelling) && aliasTaken.add(spelling)) {
                aliases.persist(LabAlias.of(spelling, lab, origin));
                existing.labAliases.put(spelling, lab.slug);
            }
        }
        return new Labs(byName, created);
    }

    /** Whether the source names a lab: not blank, and not its word for "we do not know" ({@code unknown}). */
    static boolean named(String lab) {
        return lab != null && !lab.isBlank() && !lab.strip().equalsIgnoreCase("unknown");
    }

    /** The first of a comma-joined list ("Zhipu AI,Tsinghua University": the lab that leads). */
    static String organisation(String written) {
        int comma = written.indexOf(',');
        return (comma > 0 ? written.substring(0, comma) : written).strip();
    }

    /** The name without company words and punctuation: "Mistral AI" → {@code mistral}. */
    static String core(String name) {
        String folded = org.llmleaderboard.domain.SearchText.fold(name).replace('-', ' ').replaceAll("[.,]", "").strip();
        String stripped = SUFFIX.matcher(folded).replaceFirst("");
        return ModelNames.key(stripped.isBlank() ? folded : stripped);
    }

    private Lab create(String slug, String name) {
        Lab lab = new Lab();
        lab.slug = slug;
        lab.name = name;
        labs.persist(lab);
        return lab;
    }
}
