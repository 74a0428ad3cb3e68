package org.llmleaderboard.importer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The form the curated crosswalk files share (models, benchmarks): RFC 4180 CSV with {@code #} comments, a header
 * row that starts with {@code source}, and every bad line reported with its number, all at once, so a curator fixes
 * the file in one pass. Each crosswalk reads its own columns.
 */
public final class CrosswalkCsv {

    /** Reads one data row; a problem goes into {@code errors} as "line N: …". */
    @FunctionalInterface
    public interface Rows {
        void read(CSVRecord row, long line, List<String> errors);
    }

    private CrosswalkCsv() {
    }

    /** A crosswalk file from the class path, as text. */
    public static String resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Crosswalk not found on the class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands every data row to {@code rows}; throws, naming {@code what} and every bad line, if any was bad. */
    public static void parse(String what, String header, String csv, Rows rows) {
        List<String> errors = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setCommentMarker('#').setTrim(true).setIgnoreEmptyLines(true).get()
                .parse(new StringReader(csv))) {
            boolean first = true;
            for (CSVRecord r : parser) {
                long line = r.getParser().getCurrentLineNumber();
                if (first) {
                    first = false;
                    if (!r.get(0).equals("source")) {
                        errors.add("line " + line + ": the first line must be the header " + header);
                    }
                    continue;
                }
                rows.read(r, line, errors);
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            errors.add("not readable CSV: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(what + ": " + String.join("; ", errors));
        }
    }
}
