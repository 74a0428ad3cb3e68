package org.llmleaderboard.importer;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An entry that cannot be imported: its line or entry number (1 = the header or first line), what it is, and why. */
// The import report (a REST answer, written by Jackson) carries these.
@RegisterForReflection
public record ImportRejection(int line, String key, String reason) {
}
