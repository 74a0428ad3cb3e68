package org.llmleaderboard.service.load;

/** What {@link BatchWriter} tells about a write as it goes: its phase, and each model done. */
interface ImportProgress {

    /** Where an import is: READING its file, writing its MODELS, LINKS (variants, aliases), IDENTITY resolution, COMMITTING. */
    enum Phase { READING, MODELS, LINKS, IDENTITY, COMMITTING, DONE, ROLLED_BACK, FAILED }

    /** Tells nothing: the bundled loads. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void phase(Phase phase) {
        }

        @Override
        public void models(int done, int rejected) {
        }
    };

    void phase(Phase phase);

    /** {@code done} models of the file handled so far (written or rejected), {@code rejected} entries so far. */
    void models(int done, int rejected);
}
