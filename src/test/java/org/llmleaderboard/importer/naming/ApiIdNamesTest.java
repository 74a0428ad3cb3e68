package org.llmleaderboard.importer.naming;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Names and labs derived from API ids that LiveBench and aider use without naming the model. */
class ApiIdNamesTest {

    @Test
    void shouldWriteAnApiIdTheWayItsLabWritesTheName() {
        assertEquals("GPT-4o mini 2024-07-18", ApiIdNames.displayName("gpt-4o-mini-2024-07-18"));
        assertEquals("Claude 3.5 Sonnet 2024-10-22", ApiIdNames.displayName("claude-3-5-sonnet-20241022"));
        assertEquals("Claude Sonnet 4 2025-05-14", ApiIdNames.displayName("claude-sonnet-4-20250514"));
        assertEquals("Llama 3 70B Instruct", ApiIdNames.displayName("meta-llama-3-70b-instruct"));
        assertEquals("Mixtral 8x7B Instruct v0.1", ApiIdNames.displayName("mixtral-8x7b-instruct-v0.1"));
        assertEquals("DeepSeek Coder V2 Lite Instruct", ApiIdNames.displayName("deepseek-coder-v2-lite-instruct"));
        assertEquals("Gemini 2.5 Flash Preview 05-20", ApiIdNames.displayName("gemini-2.5-flash-preview-05-20"));
        assertEquals("Gemini 2.0 Flash Experimental", ApiIdNames.displayName("gemini-2.0-flash-exp"));
        assertEquals("Qwen2.5 Coder 32B Instruct", ApiIdNames.displayName("openrouter/qwen/qwen-2.5-coder-32b-instruct"));
        assertEquals("o3-mini", ApiIdNames.displayName("o3-mini"));
        assertEquals("gpt-oss-120b", ApiIdNames.displayName("gpt-oss-120b"));
        assertEquals("ChatGPT-4o", ApiIdNames.displayName("chatgpt-4o-latest"));
        assertEquals("Command R 08-2024", ApiIdNames.displayName("command-r-08-2024"));
    }

    @Test
    void shouldWriteSourceNamesInTheLabsOwnSpelling() {
        assertEquals("Claude Opus 4.5", NameStyle.tidy("Claude 4.5 Opus"));
        assertEquals("Claude 3.5 Sonnet", NameStyle.tidy("Claude 3.5 Sonnet"));
        assertEquals("Qwen3 235B A22B", NameStyle.tidy("Qwen 3 235B A22B"));
        assertEquals("o1-mini", NameStyle.tidy("o1-Mini"));
        assertEquals("GPT-5 mini", NameStyle.tidy("GPT-5 Mini"));
    }

    @Test
    void shouldNameTheLabOfAKnownBrandOnly() {
        assertEquals("Alibaba", Labs.ofBrand("qwen2.5-coder:32b"));
        assertEquals("NVIDIA", Labs.ofBrand("Llama-3.1-Nemotron-70B-Instruct-HF"));
        assertEquals("Nous Research", Labs.ofBrand("hermes-3-llama-3.1-70b"));
        assertEquals("Meta", Labs.ofBrand("llama3-70b-8192"));
        assertNull(Labs.ofBrand("Quasar Alpha"));
    }
}
