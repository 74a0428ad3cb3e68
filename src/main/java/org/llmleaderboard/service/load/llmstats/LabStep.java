package org.llmleaderboard.service.load.llmstats;

import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.domain.LabAlias;
import org.llmleaderboard.domain.LabCrosswalk;
import org.llmleaderboard.importer.llmstats.LlmStats;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.Action;
import org.llmleaderboard.importer.llmstats.LlmStatsMatcher.LabDecision;
import org.llmleaderboard.repository.AliasRepository;
import org.llmleaderboard.repository.LabRepository;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.llmleaderboard.service.load.llmstats.LlmStatsSource.ORIGIN;

/**
 * Step 1, labs: creates the labs the plan says are new (only organizations that have models: llm-stats' "unknown"
 * is no lab), and keeps each organization id that is not its lab's slug as an alias. A lab the {@link LabCrosswalk}
 * names an alias is never created: its organization goes to the survivor, as in every other import.
 */
@ApplicationScoped
public class LabStep {

    /** The lab of each organization id, and how many were matched and created. */
    public record Labs(Map<String, Lab> byOrg, int matched, int created) {
    }

    private final LabRepository labs;
    private final AliasRepository aliases;

    LabStep(LabRepository labs, AliasRepository aliases) {
        this.labs = labs;
        this.aliases = aliases;
    }

    public Labs run(LlmStats.Contents contents, List<LabDecision> decisions, Existing existing) {
        Map<String, LlmStats.Organization> orgs = new HashMap<>();
        contents.organizations().forEach(o -> orgs.put(o.id(), o));
        Set<String> orgsWithModels = new HashSet<>();
        contents.models().forEach(m -> orgsWithModels.add(m.organizationId()));
        Set<String> aliasTaken = new HashSet<>(existing.labAliases.keySet());
        Map<String, Lab> byOrg = new HashMap<>();
        int matched = 0;
        int created = 0;
        LabCrosswalk crosswalk = LabCrosswalk.bundled();
        for (LabDecision given : decisions) {
            LabDecision d = crosswalked(given, crosswalk, existing);
            Lab lab = existing.labs.get(d.slug());
            if (d.action() == Action.CREATE && !orgsWithModels.contains(d.orgId())) {
                continue; // an organization without models (llm-stats' "unknown") is no lab
            }
            if (d.action() == Action.CREATE) {
                lab = create(d, orgs.get(d.orgId()));
                existing.labs.put(lab.slug, lab);
                created++;
            } else {
                matched++;
            }
            byOrg.put(d.orgId(), lab);
            if (!d.orgId().equals(lab.slug) && !existing.labs.containsKey(d.orgId()) && aliasTaken.add(d.orgId())) {
                aliases.persist(LabAlias.of(d.orgId(), lab, ORIGIN));
            }
        }
        return new Labs(byOrg, matched, created);
    }

    /** A decision naming a crosswalk alias: the survivor, matched when it exists, else created by its name. */
    private static LabDecision crosswalked(LabDecision d, LabCrosswalk crosswalk, Existing existing) {
        LabCrosswalk.Survivor s = crosswalk.of(d.slug());
        if (s == null) {
            return d;
        }
        return new LabDecision(d.orgId(), s.name(), existing.labs.containsKey(s.slug()) ? Action.MATCH : Action.CREATE, s.slug(), "crosswalk");
    }

    private Lab create(LabDecision d, LlmStats.Organization o) {
        Lab lab = new Lab();
        lab.slug = d.slug();
        lab.name = d.name();
        lab.website = o == null ? null : o.website();
        lab.country = o == null ? null : o.country();
        labs.persist(lab);
        return lab;
    }
}
