package org.llmleaderboard.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Another name of a model (a source's id, an old slug): it resolves to the model and keeps old links working. */
@Entity
@Table(name = "model_alias")
public class ModelAlias extends PanacheEntityBase {

    @Id
    @Column(length = 300)
    public String alias;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "model_id", nullable = false)
    public LanguageModel model;

    /** Where the alias comes from, e.g. {@code llm-stats}. */
    @Column(nullable = false, length = 40)
    public String origin;

    /** The alias as letters and digits only, for search: {@code claude-3-5-sonnet-20241022} → {@code claude35sonnet20241022}. */
    @Column(name = "search_key", length = 300)
    public String searchKey;

    public static ModelAlias of(String alias, LanguageModel model, String origin) {
        ModelAlias a = new ModelAlias();
        a.alias = alias;
        a.model = model;
        a.origin = origin;
        a.searchKey = key(alias);
        return a;
    }

    /** Text compared as a search key: accents and case folded, only letters and digits kept ("+" as "plus"). */
    public static String key(String text) {
        return SearchText.key(text);
    }
}
