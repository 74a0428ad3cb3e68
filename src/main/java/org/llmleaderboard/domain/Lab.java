package org.llmleaderboard.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** An organisation that makes models. */
@Entity
public class Lab extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lab_seq")
    @SequenceGenerator(name = "lab_seq", sequenceName = "lab_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true, length = 100)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 1000)
    public String website;

    @Column(length = 100)
    public String country;
}
