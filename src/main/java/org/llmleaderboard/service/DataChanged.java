package org.llmleaderboard.service;

/**
 * Fired (as a CDI event) when {@link DataVersion} adopts a newer version: after a write of this instance commits, or
 * when the poller sees another instance's. Open pages are told by it that what they show is out of date.
 *
 * @param version the data version now current
 */
public record DataChanged(long version) {
}
