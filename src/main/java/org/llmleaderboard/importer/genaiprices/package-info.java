/**
 * pydantic's genai-prices ({@code prices/providers/*.yml} of github.com/pydantic/genai-prices): providers' prices per
 * million tokens and context windows, one offering per provider entry, the entries of one model at several providers
 * given as one model. Pure: YAML in, {@code importer.source} records out; no scores.
 */
package org.llmleaderboard.importer.genaiprices;
