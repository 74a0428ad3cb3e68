package org.llmleaderboard.importer.source;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotLanguageModelsTest {

    private static boolean left(String id, String name) {
        return NotLanguageModels.matches(SourceModel.of(id, name, "lab"));
    }

    @Test
    void shouldLeaveOutEmbeddingRerankingSpeechAndImageModelsByTheirNames() {
        assertTrue(left("voyage-3-large", "voyage-3-large"));
        assertTrue(left("cohere/embed-v4.0", "Embed v4.0"));
        assertTrue(left("rerank-v3.5", "Cohere Rerank 3.5"));
        assertTrue(left("gpt-4o-mini-tts", "GPT-4o Mini Tts"));
        assertTrue(left("gpt-4o-transcribe", "GPT-4o Transcribe"));
        assertTrue(left("gpt-image-1", "GPT Image 1"));
        assertTrue(left("whisper-1", "Whisper"));
        assertTrue(left("text-embedding-005", "Text Embedding 005"));
    }

    @Test
    void shouldKeepLanguageModelsWhoseNamesMerelyContainTheLetters() {
        assertFalse(left("openai/gpt-5.2", "GPT-5.2"));
        assertFalse(left("x-ai/grok-vision-beta", "Grok Vision Beta"));
        assertFalse(left("qwen/qwen3-vl-235b", "Qwen3 VL 235B"));
        assertFalse(left("mistral/ministral-8b", "Ministral 8B"));
        assertFalse(left("google/imagen-4", "Gemini 2.5 Pro"));
    }
}
