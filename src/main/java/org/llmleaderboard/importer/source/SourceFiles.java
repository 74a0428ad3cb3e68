package org.llmleaderboard.importer.source;

import org.llmleaderboard.importer.BoundedZip;
import org.llmleaderboard.importer.ZipLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A source's files, keyed by their path from the source's root ({@code providers/openai/provider.toml}), read from a
 * checkout directory or a zip (the bundle, an upload, GitHub's zip of a newer commit). {@code keep} names the files a
 * reader wants: it returns the path from the root for one, null for the rest, so a zip's top folder
 * ({@code models.dev-main/}) is dropped there.
 */
public final class SourceFiles {

    private SourceFiles() {
    }

    /** A zip, refused beyond {@code limits} before it is unpacked. */
    public static Map<String, String> zip(InputStream zip, ZipLimits limits, UnaryOperator<String> keep) throws IOException {
        return new TreeMap<>(BoundedZip.read(zip, limits, keep));
    }

    /**
     * A checkout's files, walked in path order; {@code keep} sees paths with forward slashes. Refused beyond
     * {@link ZipLimits#DEFAULTS} (files kept, bytes read), as a zip would be: a directory is no reason to read without end.
     */
    public static Map<String, String> directory(Path root, UnaryOperator<String> keep) throws IOException {
        Map<String, String> files = new TreeMap<>();
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String key = keep.apply(root.relativize(p).toString().replace('\\', '/'));
                if (key == null) {
                    continue;
                }
                bytes += Files.size(p);
                if (files.size() >= ZipLimits.DEFAULTS.maxEntries() || bytes > ZipLimits.DEFAULTS.maxUncompressedBytes()) {
                    throw new IOException("the directory holds more than " + ZipLimits.DEFAULTS.maxEntries() + " files or "
                            + ZipLimits.DEFAULTS.maxUncompressedBytes() + " bytes of the source's files");
                }
                files.put(key, Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /**
     * The keep function for files under one of {@code roots} with one of {@code suffixes}, at the root or under a single
     * top folder: {@code keepUnder(List.of("models/", "providers/"), ".toml")}.
     */
    public static UnaryOperator<String> keepUnder(java.util.List<String> roots, String... suffixes) {
        return name -> {
            if (Stream.of(suffixes).noneMatch(name::endsWith)) {
                return null;
            }
            for (String root : roots) {
                if (name.startsWith(root)) {
                    return name;
                }
                int at = name.indexOf('/' + root);
                if (at > 0 && name.indexOf('/') == at) {
                    return name.substring(at + 1);
                }
            }
            return null;
        };
    }
}
