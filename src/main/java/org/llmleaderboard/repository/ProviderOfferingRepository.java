package org.llmleaderboard.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.ProviderOffering;

import java.util.List;

@ApplicationScoped
public class ProviderOfferingRepository implements PanacheRepository<ProviderOffering> {

    /** The offerings an import created (they carry its id for them), to be updated by a later import. */
    public List<ProviderOffering> listImported() {
        return getEntityManager().createQuery("select o from ProviderOffering o where o.externalId is not null", ProviderOffering.class)
                .getResultList();
    }
}
