package org.llmleaderboard;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Small, single-purpose classes: no source file in src/main over 350 lines and no method over 80. Measured on the
 * source as formatted here (members indented by four spaces a level), from a method's signature line to its closing
 * brace at the same indent.
 */
class SourceSizeTest {

    static final Path MAIN = Path.of("src", "main", "java");
    static final int MAX_CLASS_LINES = 350;
    static final int MAX_METHOD_LINES = 80;
    /** A method or constructor's first line: modifiers or a type, a name and an opening parenthesis, not a statement. */
    static final Pattern SIGNATURE = Pattern.compile(
            "^( {4})+(?!return |new |throw |else |if |for |while |switch |try |catch |do )[\\w<>\\[\\], .?@\"=()]*\\b\\w+\\s*\\([^;]*$");

    @Test
    void shouldKeepEveryClassUnder350Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path file : sources()) {
            int lines = Files.readAllLines(file).size();
            if (lines > MAX_CLASS_LINES) {
                tooLong.add(MAIN.relativize(file) + ": " + lines + " lines");
            }
        }
        assertEquals(List.of(), tooLong);
    }

    @Test
    void shouldKeepEveryMethodUnder80Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path file : sources()) {
            tooLong.addAll(longMethods(MAIN.relativize(file).toString(), Files.readAllLines(file)));
        }
        assertEquals(List.of(), tooLong);
    }

    @Test
    void shouldFindALongMethodInASample() {
        List<String> lines = new ArrayList<>();
        lines.add("class A {");
        lines.add("    void shortOne() {");
        lines.add("    }");
        lines.add("    public List<String> longOne(int a,");
        lines.add("            int b) {");
        for (int i = 0; i < 80; i++) {
            lines.add("        call(" + i + ");");
        }
        lines.add("    }");
        lines.add("}");
        assertEquals(List.of("A.java:4 longOne: 83 lines"), longMethods("A.java", lines));
    }

    static List<String> longMethods(String name, List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!SIGNATURE.matcher(line).find() || line.trim().startsWith("//") || line.trim().startsWith("*")) {
                continue;
            }
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            int end = i;
            // The body opens on this line or a continuation line; it closes with a brace at the signature's indent.
            while (end < lines.size() && !lines.get(end).equals(indent + "}")) {
                if (end > i && lines.get(end).startsWith(indent) && !lines.get(end).startsWith(indent + " ") && !lines.get(end).isBlank()) {
                    end = -1; // another member at the same level: this was no method with a body (an abstract or native one)
                    break;
                }
                end++;
            }
            if (end > 0 && end < lines.size() && end - i + 1 > MAX_METHOD_LINES) {
                String method = line.replaceAll("\\s*\\(.*", "").replaceAll(".*\\s", "");
                out.add(name + ":" + (i + 1) + " " + method + ": " + (end - i + 1) + " lines");
            }
        }
        return out;
    }

    static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
