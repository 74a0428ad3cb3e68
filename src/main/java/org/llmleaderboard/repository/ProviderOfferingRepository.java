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

    /** The offerings a source's import wrote, to be updated (or removed) by its next import. */
    public List<ProviderOffering> listByOrigin(String origin) {
        return getEntityManager().createQuery("select o from ProviderOffering o where o.origin = :origin", ProviderOffering.class)
                .setParameter("origin", origin).getResultList();
    }

    /** Every offering of these models (with their models), in one statement per 1,000 models. */
    public List<ProviderOffering> listOfModels(java.util.Collection<Long> modelIds) {
        List<Long> ids = List.copyOf(modelIds);
        java.util.ArrayList<ProviderOffering> out = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            out.addAll(getEntityManager().createQuery("select o from ProviderOffering o join fetch o.model where o.model.id in :ids",
                    ProviderOffering.class).setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000))).getResultList());
        }
        return out;
    }

    /** Every offering with its model, lab and provider, cheapest blended price (3 input : 1 output) first. */
    public List<OfferingRow> rows() {
        return getEntityManager().createQuery("""
                select new org.llmleaderboard.repository.OfferingRow(m.slug, m.name, l.name, p.name, o.inputPrice, o.outputPrice,
                    o.contextWindow, o.maxOutput)
                from ProviderOffering o join o.provider p join o.model m join m.lab l
                order by (3 * o.inputPrice + o.outputPrice) / 4 nulls last, m.name, p.name, o.id""", OfferingRow.class).getResultList();
    }
}
