package org.llmleaderboard.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.Architecture;

/**
 * How many models share one access, architecture, open-weights value and licence: the few hundred groups from which
 * every facet count of a page is summed (access, architecture, weights, licence), in one statement.
 *
 * @param architecture null for models without one
 * @param openWeights  null when unknown
 * @param licenceId    null for models without a licence id
 * @param licenceName  the greatest licence name of the group (one licence id may be written several ways)
 * @param newestRelease the group's latest release date (the data's newest, for the "new" badge), null when none has one
 */
// Built by an HQL constructor expression (select new ...), which Hibernate resolves reflectively.
@RegisterForReflection
public record ModelCount(Access access, Architecture architecture, Boolean openWeights, String licenceId, String licenceName,
        Long models, java.time.LocalDate newestRelease) {
}
