/**
 * Display names and labs for the readers of score-only sources (LiveBench, aider) that name a model by an API id or a
 * free-text label: an id turned into the name its lab writes ({@code claude-3-5-sonnet-20241022} → "Claude 3.5 Sonnet
 * 2024-10-22"), and the lab a model's brand names. Pure functions; depends on nothing but the JDK.
 */
package org.llmleaderboard.importer.naming;
