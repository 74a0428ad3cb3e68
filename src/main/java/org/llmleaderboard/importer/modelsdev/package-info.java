/**
 * The models.dev reader: the community catalogue's TOML files ({@code models/<lab>/<model>.toml} and
 * {@code providers/<provider>/provider.toml} and {@code providers/<provider>/models/.../<id>.toml}) as upstream writes them, into
 * {@code importer.source} records. Resolves {@code base_model} inheritance, groups the provider-local ids of one model
 * across providers, and reads the lab-level files' benchmarks. Pure: no CDI, no database, no entities.
 */
package org.llmleaderboard.importer.modelsdev;
