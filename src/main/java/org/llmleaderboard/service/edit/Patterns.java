package org.llmleaderboard.service.edit;

/** Validation patterns shared by the commands. */
final class Patterns {

    /** A slug as the markdown set writes them: lower-case letters of any script, digits, dots, hyphens. */
    static final String SLUG = "^[\\p{Ll}\\p{Lo}0-9][\\p{Ll}\\p{Lo}0-9._-]{0,98}$";
    static final String MODEL_SLUG = "^[\\p{Ll}\\p{Lo}0-9][\\p{Ll}\\p{Lo}0-9._-]{0,98}/[\\p{Ll}\\p{Lo}0-9][\\p{Ll}\\p{Lo}0-9._-]{0,98}$";
    static final String HTTP_URL = "^https?://[^\\s<>\"]+$";
    static final String ISO_DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private Patterns() {
    }
}
