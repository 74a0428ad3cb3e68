package org.llmleaderboard.importer.epoch;

import java.util.Locale;
import java.util.Map;

/**
 * The Benchmarking Hub's benchmark files: a file's id is its name without {@code _external} and {@code .csv}
 * ({@code hle_external.csv} → {@code hle}), so the Hub's own {@code swe_bench_verified} and the collected
 * {@code swe_bench_bash} stay two benchmarks. Names as Epoch's site writes them; a file not listed here (a newer
 * export) is named from its id.
 */
final class HubBenchmarks {

    /** The export's capabilities index, a benchmark of its own. */
    static final String ECI = "eci";
    static final String ECI_NAME = "Epoch Capabilities Index";

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("gpqa_diamond", "GPQA Diamond"), Map.entry("math_level_5", "MATH Level 5"),
            Map.entry("otis_mock_aime_2024_2025", "OTIS Mock AIME 2024-2025"), Map.entry("frontiermath", "FrontierMath"),
            Map.entry("frontiermath_tier_4", "FrontierMath Tier 4"), Map.entry("simpleqa_verified", "SimpleQA Verified"),
            Map.entry("swe_bench_verified", "SWE-bench Verified"), Map.entry("chess_puzzles", "Chess Puzzles"),
            Map.entry("swe_bench_bash", "SWE-bench Verified (bash only)"), Map.entry("adversarial_nli", "Adversarial NLI"),
            Map.entry("aider_polyglot", "Aider Polyglot"), Map.entry("apex_agents", "APEX-Agents"),
            Map.entry("arc_agi", "ARC-AGI"), Map.entry("arc_agi_2", "ARC-AGI-2"), Map.entry("arc_ai2", "ARC (AI2)"),
            Map.entry("balrog", "BALROG"), Map.entry("bbh", "BIG-Bench Hard"), Map.entry("bool_q", "BoolQ"),
            Map.entry("cad_eval", "CadEval"), Map.entry("common_sense_qa_2", "CommonsenseQA 2.0"),
            Map.entry("cybench", "Cybench"), Map.entry("deepresearchbench", "DeepResearch Bench"),
            Map.entry("fictionlivebench", "Fiction.LiveBench"), Map.entry("gdpval", "GDPval"),
            Map.entry("geobench", "GeoBench"), Map.entry("gsm8k", "GSM8K"), Map.entry("gso", "GSO"),
            Map.entry("hella_swag", "HellaSwag"), Map.entry("hle", "Humanity's Last Exam"), Map.entry("lambada", "LAMBADA"),
            Map.entry("lech_mazur_writing", "Lech Mazur Writing"), Map.entry("live_bench", "LiveBench"),
            Map.entry("metr_time_horizons", "METR Time Horizons"), Map.entry("mmlu", "MMLU"),
            Map.entry("open_book_qa", "OpenBookQA"), Map.entry("os_world", "OSWorld"), Map.entry("piqa", "PIQA"),
            Map.entry("posttrainbench", "PostTrainBench"), Map.entry("science_qa", "ScienceQA"),
            Map.entry("simplebench", "SimpleBench"), Map.entry("superglue", "SuperGLUE"),
            Map.entry("terminalbench", "Terminal-Bench"), Map.entry("the_agent_company", "TheAgentCompany"),
            Map.entry("trivia_qa", "TriviaQA"), Map.entry("video_mme", "Video-MME"), Map.entry("vpct", "VPCT"),
            Map.entry("webdev_arena", "WebDev Arena"), Map.entry("weirdml", "WeirdML"), Map.entry("wino_grande", "WinoGrande"));

    /** Files that keep their source's own scale (not a fraction): the unit it is in. */
    private static final Map<String, String> UNITS = Map.of("aider_polyglot", "%", "live_bench", "%", "os_world", "%",
            "lech_mazur_writing", "points", "metr_time_horizons", "minutes", "webdev_arena", "Elo", "geobench", "points");

    private HubBenchmarks() {
    }

    /** {@code benchmark_data/hle_external.csv} → {@code hle}. */
    static String id(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.replaceFirst("\\.csv$", "").replaceFirst("_external$", "");
    }

    static String name(String id) {
        String known = NAMES.get(id);
        if (known != null) {
            return known;
        }
        String words = id.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** The unit of a collected file's scores as written, or null when they are fractions (shown as percents). */
    static String keptUnit(String id) {
        return UNITS.get(id);
    }
}
