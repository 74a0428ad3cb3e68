package org.llmleaderboard.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.llmleaderboard.domain.Provider;

@ApplicationScoped
public class ProviderRepository implements PanacheRepository<Provider> {
}
