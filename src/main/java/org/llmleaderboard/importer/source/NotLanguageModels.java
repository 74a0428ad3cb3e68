package org.llmleaderboard.importer.source;

import java.util.regex.Pattern;

/**
 * The catalogues and price lists list every model a provider sells: embeddings, rerankers, speech and image models
 * too. Those are no large language models and are not created as leaderboard rows; a record of one is left out by
 * its name or id: an embedding, reranking, transcription, speech, image-generation or moderation model, or any of
 * Voyage AI's (an embeddings company).
 */
public final class NotLanguageModels {

    private static final Pattern KIND = Pattern.compile(
            "(?i)(?:^|[^a-z])(?:embed(?:ding)?s?|rerank(?:er)?|whisper|transcribe|tts|stt|text-to-speech|dall-e|image|imagine"
                    + "|moderation|detector|voyage)(?:[^a-z]|$)");

    private NotLanguageModels() {
    }

    /** Whether the record names an embedding, reranking, speech, image or moderation model. */
    public static boolean matches(SourceModel m) {
        return KIND.matcher(m.name()).find() || KIND.matcher(m.id()).find();
    }
}
