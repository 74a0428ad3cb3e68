package org.llmleaderboard;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a native executable needs that JVM mode forgives: the JVM finds classes, members and bundles by
 * reflection at run time, a native executable has only what the build registered. These rules make a
 * JVM build fail where the native executable would (see BENCHMARKS.md, "Native", for the failures they
 * stand for).
 */
class NativeImageReadinessTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** A Qute tag or included template is type-checked only for the parameters it declares ({@code {@Type name}}). */
    @Test
    void shouldDeclareTheTypeOfEveryValueATagOrTheLayoutReads() throws IOException {
        List<Path> templates = new ArrayList<>();
        try (Stream<Path> tags = Files.list(TEMPLATES.resolve("tags"))) {
            tags.filter(p -> p.toString().endsWith(".html")).forEach(templates::add);
        }
        templates.add(TEMPLATES.resolve("layout.html"));
        List<String> problems = new ArrayList<>();
        for (Path template : templates) {
            String text = Files.readString(template);
            Set<String> declared = matches(text, "\\{@[\\w.$<>, ]+\\s+(\\w+)\\}");
            Set<String> locals = matches(text, "\\{#(?:for|each)\\s+(\\w+)\\s+in\\b");
            locals.addAll(matches(text, "\\{#let\\s+(\\w+)="));
            if (text.contains("{#each")) {
                locals.add("it");
            }
            Set<String> roots = matches(text, "\\{(?:#(?:if|else if|for \\w+ in|each|when|switch|let \\w+=)\\s*!?)?([a-zA-Z_]\\w*)[.}\\s=!<>)]");
            for (String root : roots) {
                String base = root.replaceAll("_(hasNext|index|count|isFirst|isLast|odd|even)$", "");
                if (!declared.contains(base) && !locals.contains(base) && !GLOBALS.contains(base) && !KEYWORDS.contains(base)) {
                    problems.add(TEMPLATES.relativize(template) + " reads '" + root + "' without declaring its type");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** {@code @TemplateGlobal}s and section keywords need no declaration. */
    private static final Set<String> GLOBALS = Set.of("assetVersion", "dataAsOf", "footerSources", "inject", "config");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "else", "in", "is", "insert", "include");

    /** Hibernate builds {@code select new X(...)} results through X's constructor, found reflectively. */
    @Test
    void shouldRegisterEveryClassAnHqlConstructorExpressionBuilds() throws Exception {
        Set<String> built = new TreeSet<>();
        for (String source : sources()) {
            Matcher m = Pattern.compile("select\\s+new\\s+([\\w.]+)\\s*\\(").matcher(source);
            while (m.find()) {
                built.add(m.group(1));
            }
        }
        assertTrue(built.size() >= 2, "the projections of the read path: " + built);
        List<String> unregistered = new ArrayList<>();
        for (String name : built) {
            if (!registered(Class.forName(name))) {
                unregistered.add(name);
            }
        }
        assertEquals(List.of(), unregistered);
    }

    /**
     * Jackson writes what a REST method hands to {@code Response.ok(...)} or {@code .entity(...)}: Quarkus
     * registers a method's declared return type, not what a {@code Response} carries, so every record in
     * the packages that answer with a {@code Response} (and the import reports they carry) is registered.
     */
    @Test
    void shouldRegisterEveryRecordThatARestAnswerCarries() throws Exception {
        List<String> unregistered = new ArrayList<>();
        for (Class<?> record : records()) {
            String name = record.getName();
            boolean carried = name.startsWith("org.llmleaderboard.web.api.") || name.startsWith("org.llmleaderboard.importer.DatasetJson$")
                    || name.startsWith("org.llmleaderboard.service.load.ImportReport") || name.equals("org.llmleaderboard.importer.ImportRejection") || name.startsWith("org.llmleaderboard.service.load.llmstats.MergeReport");
            if (carried && !registered(record)) {
                unregistered.add(name);
            }
        }
        assertEquals(List.of(), unregistered);
    }

    /** graphql-java reads its messages with {@code ResourceBundle.getBundle}; the build must include each bundle. */
    @Test
    void shouldIncludeEveryGraphQLMessageBundleInTheImage() throws IOException {
        Set<String> bundles = new TreeSet<>();
        URL jar = graphql.GraphQL.class.getProtectionDomain().getCodeSource().getLocation();
        try (JarFile file = new JarFile(jar.getPath())) {
            file.stream().map(e -> e.getName()).filter(n -> n.matches("i18n/[A-Za-z]+\\.properties"))
                    .forEach(n -> bundles.add(n.replace(".properties", "").replace('/', '.')));
        }
        assertTrue(bundles.contains("i18n.Validation"), "found " + bundles);
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            config.load(in);
        }
        Set<String> included = new HashSet<>();
        for (String arg : config.getProperty("quarkus.native.additional-build-args", "").split(",")) {
            String a = arg.trim();
            if (a.startsWith("-H:IncludeResourceBundles=")) {
                included.addAll(Arrays.asList(a.substring("-H:IncludeResourceBundles=".length()).split("\\\\,")));
            }
        }
        assertTrue(included.containsAll(bundles), "bundles " + bundles + ", included " + included);
    }

    private static boolean registered(Class<?> type) {
        RegisterForReflection own = type.getAnnotation(RegisterForReflection.class);
        if (own != null && own.targets().length == 0) {
            return true;
        }
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            RegisterForReflection r = c.getAnnotation(RegisterForReflection.class);
            if (r != null && Arrays.asList(r.targets()).contains(type)) {
                return true;
            }
        }
        return false;
    }

    private static List<Class<?>> records() throws Exception {
        List<Class<?>> records = new ArrayList<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.startsWith("org.llmleaderboard.")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, NativeImageReadinessTest.class.getClassLoader());
                if (c.isRecord()) {
                    records.add(c);
                }
            }
        }
        assertTrue(records.size() > 20, "records under target/classes: " + records.size());
        return records;
    }

    private static List<String> sources() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return sources;
    }

    private static Set<String> matches(String text, String regex) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
