package org.llmleaderboard.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The curated crosswalk of labs that are one lab under several names ({@code bundled/crosswalk/labs.csv}:
 * {@code alias,lab,lab_name,reason}, {@code #} comments): "Google" (the markdown set's {@code google}) is Google
 * DeepMind. Every importer maps a lab through it before it looks the lab up, so the alias never becomes a lab of its
 * own; the alias is kept as a {@link LabAlias} (origin {@value #ORIGIN}), so its old page answers 301 to the survivor.
 */
public final class LabCrosswalk {

    public static final String RESOURCE = "bundled/crosswalk/labs.csv";
    public static final String ORIGIN = "crosswalk";

    /** The lab an alias is merged into. */
    public record Survivor(String slug, String name, String reason) {
    }

    private static volatile LabCrosswalk bundled;

    private final Map<String, Survivor> byAlias;

    private LabCrosswalk(Map<String, Survivor> byAlias) {
        this.byAlias = Map.copyOf(byAlias);
    }

    /** The crosswalk kept in the project (read once). */
    public static LabCrosswalk bundled() {
        LabCrosswalk c = bundled;
        if (c == null) {
            try (InputStream in = LabCrosswalk.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Lab crosswalk not found on the class path: " + RESOURCE);
                }
                c = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
            bundled = c;
        }
        return c;
    }

    /** Reads the file; a line without an alias and a lab, or a lab that is itself an alias, fails with its number. */
    public static LabCrosswalk parse(String csv) {
        Map<String, Survivor> map = new LinkedHashMap<>();
        String[] lines = csv.split("\\R");
        boolean header = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split(",", 4);
            if (cells.length < 2 || cells[0].isBlank() || cells[1].isBlank()) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": needs an alias and a lab");
            }
            String alias = cells[0].strip().toLowerCase(Locale.ROOT);
            String lab = cells[1].strip().toLowerCase(Locale.ROOT);
            String name = cells.length > 2 && !cells[2].isBlank() ? cells[2].strip() : lab;
            map.put(alias, new Survivor(lab, name, cells.length > 3 ? cells[3].strip() : null));
        }
        for (Map.Entry<String, Survivor> e : map.entrySet()) {
            if (map.containsKey(e.getValue().slug())) {
                throw new IllegalArgumentException(RESOURCE + ": " + e.getKey() + " → " + e.getValue().slug() + ", itself an alias");
            }
        }
        return new LabCrosswalk(map);
    }

    /** The lab a slug stands for: its survivor when it is an alias, else the slug itself. */
    public String survivor(String slug) {
        if (slug == null) {
            return null;
        }
        Survivor s = byAlias.get(slug.toLowerCase(Locale.ROOT));
        return s == null ? slug : s.slug();
    }

    /** The survivor's record for an alias; null when the slug is no alias. */
    public Survivor of(String slug) {
        return slug == null ? null : byAlias.get(slug.toLowerCase(Locale.ROOT));
    }

    public Map<String, Survivor> aliases() {
        return byAlias;
    }
}
