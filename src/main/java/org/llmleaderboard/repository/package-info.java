/**
 * One repository per aggregate, and the only place with HQL, SQL and the {@code EntityManager} (ArchitectureTest).
 * Read queries return projection records ({@code select new}, registered for reflection for the native image).
 * May depend on {@code domain} and {@code query}; nothing above.
 */
package org.llmleaderboard.repository;
