package org.llmleaderboard.service.load.source;

import org.llmleaderboard.domain.DataSource;
import org.llmleaderboard.importer.UnreadableImportException;
import org.llmleaderboard.importer.ZipLimits;
import org.llmleaderboard.importer.source.SourceFiles;
import org.llmleaderboard.importer.source.SourceRecords;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How one open source is read: its registry entry, the files its reader wants ({@link SourceFiles} keep function) and
 * the reader. The same reader reads the bundled snapshot, an uploaded zip, a checkout directory and a downloaded zip.
 */
public record SourceFormat(DataSource source, UnaryOperator<String> files, Reader reader) {

    /** A source's reader: the files by path from the source's root in, its records out. */
    @FunctionalInterface
    public interface Reader {
        SourceRecords read(Map<String, String> files) throws UnreadableImportException;
    }

    /** The bundled snapshot on the class path, written by {@code scripts/bundle-<id>-data.sh}. */
    public String bundle() {
        return "bundled/" + source.id() + ".zip";
    }

    public SourceRecords readZip(InputStream zip, ZipLimits limits) throws IOException, UnreadableImportException {
        return reader.read(SourceFiles.zip(zip, limits, files));
    }

    public SourceRecords readDirectory(Path root) throws IOException, UnreadableImportException {
        return reader.read(SourceFiles.directory(root, files));
    }
}
