package org.llmleaderboard.service.load.source;

import org.llmleaderboard.domain.DataSource;
import org.llmleaderboard.importer.ZipLimits;
import org.llmleaderboard.importer.source.SourceFiles;
import org.llmleaderboard.importer.source.SourceRecords;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * How one open source is read: its registry entry, the files its reader wants ({@link SourceFiles} keep function) and
 * the reader. The same reader reads the bundled snapshot, an uploaded zip, a checkout directory and a downloaded zip.
 */
public record SourceFormat(DataSource source, UnaryOperator<String> files, Function<Map<String, String>, SourceRecords> reader) {

    /** The bundled snapshot on the class path, written by {@code scripts/bundle-<id>-data.sh}. */
    public String bundle() {
        return "bundled/" + source.id() + ".zip";
    }

    public SourceRecords readZip(InputStream zip, ZipLimits limits) throws IOException {
        return reader.apply(SourceFiles.zip(zip, limits, files));
    }

    public SourceRecords readDirectory(Path root) throws IOException {
        return reader.apply(SourceFiles.directory(root, files));
    }
}
