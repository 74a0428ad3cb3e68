package org.llmleaderboard.repository;

/**
 * How many models have a score in one setting ({@code settingKey}) of a family ({@code family} true: the family and
 * its variants, each model once) or of one benchmark ({@code slug}); a null {@code settingKey} counts a family's models in
 * all its settings.
 */
public record SettingCount(boolean family, String slug, String settingKey, int models) {
}
