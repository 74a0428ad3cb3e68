/**
 * aider's coding leaderboards (github.com/Aider-AI/aider, {@code aider/website/_data/*.yml}): the reader of the polyglot,
 * code-editing and refactoring runs, and of their free-text model labels, into {@code importer.source} records. Depends
 * on {@code importer.source}, {@code importer.naming} and {@code importer.identity}'s name keys only.
 */
package org.llmleaderboard.importer.aider;
