-- The four benchmarks of the bundled markdown set. "HLE" is Humanity's Last Exam
-- (the markdown pages mislabel it "High-level evaluation").
insert into benchmark (id, slug, name, description, unit, higher_is_better) values
(1, 'mmlu', 'MMLU',
 'Massive Multitask Language Understanding (Hendrycks et al., 2020): about 16,000 four-option multiple-choice questions across 57 subjects, from elementary mathematics and US history to law, medicine and computer science. Reported as accuracy, usually 5-shot.',
 '%', true),
(2, 'mmlu-pro', 'MMLU-Pro',
 'MMLU-Pro (Wang et al., 2024): a harder, more reasoning-focused successor to MMLU with about 12,000 questions across 14 domains and ten answer options instead of four, which lowers the chance score and the sensitivity to prompt wording. Reported as accuracy.',
 '%', true),
(3, 'gpqa', 'GPQA',
 'Graduate-Level Google-Proof Q&A (Rein et al., 2023): 448 multiple-choice questions in biology, physics and chemistry written by domain experts, hard to answer even with web search; results usually quote the 198-question Diamond subset. Reported as accuracy.',
 '%', true),
(4, 'hle', 'HLE',
 'Humanity''s Last Exam (Center for AI Safety and Scale AI, 2025): about 2,500 expert-written, closed-ended questions across more than a hundred subjects at the frontier of human knowledge, many multimodal, designed to resist the saturation seen on MMLU. Reported as accuracy.',
 '%', true);
-- Keep the sequence clear of the seeded ids.
alter sequence benchmark_seq restart with 101;
