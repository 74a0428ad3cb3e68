package org.llmleaderboard.repository;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.graalvm.nativeimage.hosted.Feature;
import org.hibernate.grammars.hql.HqlLexer;
import org.hibernate.grammars.hql.HqlParser;
import org.hibernate.query.hql.internal.HqlParseTreeBuilder;
import org.jboss.logging.Logger;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Fills the HQL parser's prediction cache while the native executable is built, so that the executable ships with it
 * warm (registered with {@code --features} in {@code quarkus.native.additional-build-args}; the JVM never loads it).
 * <p>
 * Why: Hibernate parses HQL with ANTLR, which decides each branch of the grammar by simulating its state machine and
 * caches what it learns in a static DFA that starts empty in every process. In the native executable that first-use
 * simulation was most of a start's first query (0.2 s) and of the first page (50–100 ms per new query shape, about
 * 0.5 s in all; BENCHMARKS.md, tenth pass). The executable's static state is a snapshot of the builder's, and Quarkus
 * initialises these classes at build time, so parsing the app's HQL here, before the analysis, puts the warm cache in
 * the image heap.
 * <p>
 * Which HQL: the string constants of this package (the only one allowed HQL, {@code ArchitectureTest}) that start
 * as a statement does: whole literals and text blocks, and the constant parts of concatenations, which javac keeps
 * as a recipe with a placeholder for each variable part. What is not HQL (native SQL) or not whole fails to parse and
 * is skipped; the states it leaves are never consulted for real queries.
 */
public final class HqlPredictionWarmup implements Feature {

    private static final Logger LOG = Logger.getLogger(HqlPredictionWarmup.class);
    private static final List<String> STATEMENT_STARTS = List.of("select ", "from ", "update ", "delete ", "insert ", "with ");
    /** What javac's string-concatenation recipes put where a variable part goes. */
    private static final char RECIPE_ARGUMENT = '\u0001';
    private static final String PACKAGE = HqlPredictionWarmup.class.getPackageName().replace('.', '/') + "/";

    @Override
    public String getDescription() {
        return "Warms the HQL parser's prediction cache with the app's queries";
    }

    @Override
    public void beforeAnalysis(BeforeAnalysisAccess access) {
        List<String> statements = statements();
        long parsed = statements.stream().filter(HqlPredictionWarmup::parse).count();
        LOG.infof("HQL prediction cache warmed: %d of %d candidate statements parsed", parsed, statements.size());
    }

    /** The candidate statements found in this package's classes, sorted, each once. */
    static List<String> statements() {
        TreeSet<String> found = new TreeSet<>();
        for (byte[] classFile : classFiles()) {
            for (String constant : utf8Constants(classFile)) {
                String candidate = constant.replace(RECIPE_ARGUMENT, ' ').strip();
                String start = candidate.toLowerCase(Locale.ROOT);
                if (STATEMENT_STARTS.stream().anyMatch(start::startsWith) && !candidate.contains("%s")) {
                    found.add(candidate);
                }
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * Parses as Hibernate's translator does: SLL prediction, which gives up at the first error, then full LL. Both fill
     * the same cache. What full LL cannot parse either is not HQL.
     */
    static boolean parse(String hql) {
        for (PredictionMode mode : List.of(PredictionMode.SLL, PredictionMode.LL)) {
            HqlLexer lexer = HqlParseTreeBuilder.INSTANCE.buildHqlLexer(hql);
            HqlParser parser = HqlParseTreeBuilder.INSTANCE.buildHqlParser(hql, lexer);
            lexer.removeErrorListeners();
            parser.removeErrorListeners();
            parser.getInterpreter().setPredictionMode(mode);
            parser.setErrorHandler(mode == PredictionMode.SLL ? new BailErrorStrategy() : new DefaultErrorStrategy());
            try {
                parser.statement();
                return parser.getNumberOfSyntaxErrors() == 0;
            } catch (RuntimeException gaveUp) {
                // SLL's ParseCancellationException: try full LL. Anything else: not HQL.
            }
        }
        return false;
    }

    /** This package's class files, from the jar or the directory this class was loaded from. */
    private static List<byte[]> classFiles() {
        List<byte[]> files = new ArrayList<>();
        try {
            Path location = Path.of(HqlPredictionWarmup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> paths = Files.list(location.resolve(PACKAGE))) {
                    for (Path path : paths.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                        files.add(Files.readAllBytes(path));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (var entry : jar.stream().filter(e -> e.getName().startsWith(PACKAGE) && e.getName().endsWith(".class")
                            && e.getName().indexOf('/', PACKAGE.length()) < 0).toList()) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            files.add(in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** The text constants of a class file's constant pool (JVMS 4.4), without loading the class. */
    static List<String> utf8Constants(byte[] classFile) {
        List<String> constants = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            in.skipNBytes(8); // magic, minor and major version
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> constants.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++; // a long or a double takes two entries
                    }
                    default -> throw new IllegalStateException("Unknown constant-pool tag " + tag);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return constants;
    }
}
