package org.llmleaderboard.importer.aider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.llmleaderboard.importer.UnreadableImportException;
import org.llmleaderboard.importer.ZipLimits;
import org.llmleaderboard.importer.source.SourceFiles;
import org.llmleaderboard.importer.source.SourceRecords;
import org.llmleaderboard.importer.source.SourceScore;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * aider's leaderboards as its repository writes them (github.com/Aider-AI/aider, Apache-2.0): the polyglot
 * ({@code aider-polyglot}), code-editing ({@code aider-code-editing}) and refactoring ({@code aider-refactoring})
 * runs, one score per run in percent, INDEPENDENT (aider ran them), dated with the run, the edit format and reasoning
 * effort as its setting, aider's run directory ({@code dirname}) as the run id. Models are read from the free-text labels
 * ({@link AiderLabel}); architect pairs are problems.
 */
public final class AiderReader {

    public static final String ORIGIN = "aider";

    private AiderReader() {
    }

    /** The files it reads (the three leaderboards), at the root or under one top folder ({@code aider-main/}). */
    public static UnaryOperator<String> files() {
        UnaryOperator<String> yml = SourceFiles.keepUnder(List.of(AiderBoard.DATA), ".yml");
        return name -> {
            String path = yml.apply(name);
            return path != null && AiderBoard.ALL.stream().anyMatch(b -> b.file().equals(path)) ? path : null;
        };
    }

    public static SourceRecords readZip(InputStream zip) throws IOException, UnreadableImportException {
        return read(SourceFiles.zip(zip, ZipLimits.DEFAULTS, files()));
    }

    /** The records of a checkout's files (path → text); no readable leaderboard at all is an unreadable input. */
    public static SourceRecords read(Map<String, String> files) throws UnreadableImportException {
        List<String> problems = new ArrayList<>();
        AiderRuns runs = new AiderRuns(problems);
        int boards = 0;
        for (AiderBoard board : AiderBoard.ALL) {
            String text = files.get(board.file());
            if (text == null) {
                problems.add(board.file() + ": missing");
                continue;
            }
            JsonNode root;
            try {
                root = new YAMLMapper().readTree(text);
            } catch (IOException e) {
                problems.add(board.file() + ": not YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
                continue;
            }
            if (root == null || !root.isArray()) {
                problems.add(board.file() + ": not a list of runs");
                continue;
            }
            boards++;
            for (int i = 0; i < root.size(); i++) {
                runs.add(board, i, root.get(i));
            }
        }
        if (boards == 0) {
            throw new UnreadableImportException("no readable aider leaderboard (" + AiderBoard.DATA
                    + "polyglot_leaderboard.yml, edit_leaderboard.yml, refactor_leaderboard.yml): " + String.join("; ", problems), null);
        }
        List<SourceScore> scores = new ArrayList<>(runs.scores());
        scores.sort(Comparator.comparing(SourceScore::modelId).thenComparing(SourceScore::benchmark)
                .thenComparing(s -> String.valueOf(s.date())).thenComparing(SourceScore::runId));
        return new SourceRecords(ORIGIN, runs.models(), scores, List.of(), problems);
    }
}
