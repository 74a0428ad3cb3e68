#!/usr/bin/env python3
"""Synthetic, realistic data sets for the benchmark harness, in the app's own import format.

Writes `llm-leaderboard/dataset@1` JSON documents (what /export/dataset.json writes and
POST /admin/import?format=json reads), split into chunks of at most --chunk models so that each
chunk is one import transaction of a few megabytes.

Shape, modelled on the bundled markdown set and llm-stats:
- one lab per ~50 models (2,000 labs at 100,000 models), lab sizes skewed (a few big labs);
- 20 benchmarks: the four of the markdown set plus 16 common ones, one of them an Elo rating;
- sparse scores: each benchmark has its own coverage (MMLU ~55 %, the rest 3-30 %), about four scores
  a model on average; one score in twelve has a second, non-headline setting;
- parameters log-uniform from 0.1 B to 2 T, tokens 10-200 per parameter (some missing),
  architectures and access in the proportions of the markdown set, release months 2018-2026.

Deterministic: the same --models and --seed give the same bytes.

    python3 bench/generate.py --models 100000 --out bench/data/100k
"""
import argparse
import json
import math
import os
import random

BENCHMARKS = [
    # slug, name, unit, coverage, mean, spread (in the unit)
    ("mmlu", "MMLU", "%", 0.55, 68, 14),
    ("mmlu-pro", "MMLU-Pro", "%", 0.25, 52, 15),
    ("gpqa", "GPQA", "%", 0.30, 42, 15),
    ("hle", "HLE", "%", 0.08, 12, 7),
    ("humaneval", "HumanEval", "%", 0.30, 62, 18),
    ("gsm8k", "GSM8K", "%", 0.28, 70, 16),
    ("math", "MATH", "%", 0.22, 48, 20),
    ("aime-2024", "AIME 2024", "%", 0.10, 30, 20),
    ("swe-bench-verified", "SWE-bench Verified", "%", 0.06, 35, 15),
    ("arc-challenge", "ARC-Challenge", "%", 0.20, 70, 14),
    ("hellaswag", "HellaSwag", "%", 0.20, 80, 8),
    ("winogrande", "WinoGrande", "%", 0.15, 75, 8),
    ("truthfulqa", "TruthfulQA", "%", 0.12, 50, 12),
    ("big-bench-hard", "BIG-Bench Hard", "%", 0.12, 60, 15),
    ("drop", "DROP", "%", 0.06, 70, 12),
    ("mgsm", "MGSM", "%", 0.05, 60, 18),
    ("livecodebench", "LiveCodeBench", "%", 0.07, 35, 15),
    ("ifeval", "IFEval", "%", 0.10, 75, 10),
    ("mmmu", "MMMU", "%", 0.05, 50, 12),
    ("arena-elo", "Arena Elo", "Elo", 0.03, 1150, 90),
]
ARCHITECTURES = [("Dense", 0.78), ("MoE", 0.17), ("Hybrid", 0.02), (None, 0.03)]
ACCESS = [("Public", 0.81), ("Private", 0.15), ("Unknown", 0.04)]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WORDS = ["Nova", "Orca", "Atlas", "Helix", "Quill", "Zephyr", "Lumen", "Vega", "Aurora", "Sage", "Falcon", "Lynx",
         "Cobalt", "Echo", "Pioneer", "Nimbus", "Onyx", "Pulse", "Raven", "Tensor", "Summit", "Kestrel", "Mosaic", "Delta"]
SUFFIXES = ["", " Instruct", " Chat", " Base", " Coder", " Math", " Vision", " Turbo", " Mini", " Pro"]
COUNTRIES = ["USA", "China", "France", "UK", "Canada", "Germany", "Israel", "UAE", "South Korea", "Japan", "India"]


def pick(rng, weighted):
    x = rng.random()
    for value, weight in weighted:
        x -= weight
        if x <= 0:
            return value
    return weighted[-1][0]


def generate(n_models, seed):
    rng = random.Random(seed)
    n_labs = max(10, n_models // 50)
    labs = []
    for i in range(n_labs):
        slug = "bench-lab-%05d" % i
        labs.append({"slug": slug, "name": "%s Labs %d" % (WORDS[i % len(WORDS)], i),
                     "website": "https://lab%d.example.org" % i, "country": COUNTRIES[i % len(COUNTRIES)]})
    # Zipf-like lab sizes: lab k gets weight 1/(k+1).
    weights = [1.0 / (k + 1) for k in range(n_labs)]
    total = sum(weights)
    cumulative, acc = [], 0.0
    for w in weights:
        acc += w / total
        cumulative.append(acc)

    benchmarks = [{"slug": s, "name": n, "description": "%s (synthetic benchmark data for load tests)." % n,
                   "unit": u, "higherIsBetter": True} for s, n, u, _, _, _ in BENCHMARKS]
    models = []
    for i in range(n_models):
        x = rng.random()
        lo, hi = 0, n_labs - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if cumulative[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        lab = labs[lo]["slug"]
        params = round(math.exp(rng.uniform(math.log(0.1), math.log(2000))), 1)
        tokens = None if rng.random() < 0.2 else round(params * rng.uniform(10, 200), 0)
        arch = pick(rng, ARCHITECTURES)
        active = round(params * rng.uniform(0.05, 0.3), 1) if arch == "MoE" else None
        year = rng.randint(2018, 2026)
        released = "TBA" if rng.random() < 0.02 else "%s/%d" % (MONTHS[rng.randrange(12)], year)
        name = "%s-%d%s" % (WORDS[rng.randrange(len(WORDS))], i, SUFFIXES[rng.randrange(len(SUFFIXES))])
        slug = "%s/%s" % (lab, name.lower().replace(" ", "-"))
        scores = []
        for b_slug, _, unit, coverage, mean, spread in BENCHMARKS:
            if rng.random() >= coverage:
                continue
            settings = ["5-shot"] if rng.random() > 1 / 12 else ["5-shot", "0-shot CoT"]
            for k, setting in enumerate(settings):
                value = rng.gauss(mean, spread)
                value = round(min(100.0, max(0.0, value)), 1) if unit == "%" else round(value, 0)
                scores.append({"benchmark": b_slug, "value": value, "setting": setting,
                               "selfReported": rng.random() < 0.7,
                               "sourceUrl": "https://example.org/reports/%d/%s" % (i, b_slug),
                               "source": "Synthetic report %d" % i, "date": "%d-%02d-15" % (year, rng.randint(1, 12)),
                               "headline": k == 0})
        scores.sort(key=lambda s: (s["benchmark"], not s["headline"], -s["value"], s["sourceUrl"]))
        models.append({
            "slug": slug, "name": name, "lab": lab, "headlineTags": [], "released": released,
            "access": pick(rng, ACCESS), "architecture": arch, "parameters": params, "activeParameters": active,
            "trainingTokens": tokens, "datasetType": None if rng.random() < 0.5 else "Synthetic web mix",
            "tags": [t for t in ("reasoning", "code", "multilingual", "vision") if rng.random() < 0.15],
            "notes": None if rng.random() < 0.7 else "Synthetic model %d for load tests." % i,
            "playgroundUrl": None, "paperUrl": "https://example.org/papers/%d" % i if rng.random() < 0.4 else None,
            "lastUpdated": "2026-11-01", "scores": scores})
    models.sort(key=lambda m: m["slug"])
    return labs, benchmarks, models


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", type=int, required=True)
    parser.add_argument("--chunk", type=int, default=5000, help="models per file (one import each)")
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--out", required=True, help="directory for chunk-0001.json, ...")
    args = parser.parse_args()
    labs, benchmarks, models = generate(args.models, args.seed)
    os.makedirs(args.out, exist_ok=True)
    used = {m["lab"] for m in models}
    scores = 0
    for n, start in enumerate(range(0, len(models), args.chunk), 1):
        part = models[start:start + args.chunk]
        part_labs = sorted({m["lab"] for m in part})
        doc = {"format": "llm-leaderboard/dataset@1",
               "labs": [l for l in labs if l["slug"] in part_labs],
               "benchmarks": benchmarks, "models": part}
        scores += sum(len(m["scores"]) for m in part)
        with open(os.path.join(args.out, "chunk-%04d.json" % n), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
            f.write("\n")
    print("%d models, %d labs, %d benchmarks, %d scores in %s" % (len(models), len(used), len(benchmarks), scores, args.out))


if __name__ == "__main__":
    main()
