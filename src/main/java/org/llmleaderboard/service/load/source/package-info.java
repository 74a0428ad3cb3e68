/**
 * The merge of an open source's records ({@code importer/source}) into the database, one pipeline for every source:
 * labs, models through the one model-identity resolution, benchmarks, scores with their provenance, offerings with
 * the models' cheapest prices, then the identity step and the headlines. All or nothing: the caller's transaction.
 */
package org.llmleaderboard.service.load.source;
