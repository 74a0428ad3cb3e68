/**
 * HELM's model list ({@code src/helm/config/model_metadata.yaml} of github.com/stanford-crfm/helm): the text models
 * HELM can evaluate, with their makers, sizes, release dates and access. Pure: YAML in, {@code importer.source} records
 * out; no scores (the file holds none).
 */
package org.llmleaderboard.importer.helm;
