package org.llmleaderboard.repository;

import org.antlr.v4.runtime.dfa.DFA;
import org.hibernate.grammars.hql.HqlParser;
import org.hibernate.query.hql.internal.HqlParseTreeBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The native build's warm-up of the HQL parser (run here on the JVM, where the parser's cache is the same static
 * state): what it finds, and that it leaves a query of the first page almost nothing to predict.
 */
class HqlPredictionWarmupTest {

    /** Shaped like the first page's queries as the repositories assemble them; none is a constant of theirs. */
    private static final List<String> FIRST_PAGE = List.of(
            "select count(m) from LanguageModel m join m.lab l where coalesce(m.variantOf.id, -1) = -1 and l.slug = :lab",
            "select m.id from LanguageModel m where coalesce(m.variantOf.id, -1) = -1 and m.architecture = :arch"
                    + " order by m.capabilityKey desc, m.name, m.slug",
            "select t.tag, count(m.id) from LanguageModel m join m.tags t where m.variantOf is null group by t.tag"
                    + " order by count(m.id) desc, t.tag",
            "select s.model.id, b.slug, s.value from Score s join s.benchmark b where s.model.id in (:ids) and s.headline = true");

    @Test
    void shouldFindTheRepositoriesHqlInTheirClassFiles() {
        List<String> statements = HqlPredictionWarmup.statements();

        assertTrue(statements.contains("select m.slug from LanguageModel m"), "a whole literal");
        assertTrue(statements.stream().anyMatch(s -> s.startsWith("select count(m) from LanguageModel m")),
                "the constant start of a concatenation");
        assertFalse(statements.stream().anyMatch(s -> s.indexOf('\u0001') >= 0 || s.contains("%s")), "no placeholders");
        assertTrue(statements.size() > 50, statements.size() + " statements");
    }

    @Test
    void shouldLeaveTheFirstPagesQueriesAlmostNothingToPredict() {
        int cold = 0;
        for (String hql : FIRST_PAGE) {
            clear();
            assertTrue(HqlPredictionWarmup.parse(hql), hql);
            cold += states();
        }

        clear();
        long parsed = HqlPredictionWarmup.statements().stream().filter(HqlPredictionWarmup::parse).count();
        int warmed = states();
        for (String hql : FIRST_PAGE) {
            assertTrue(HqlPredictionWarmup.parse(hql), hql);
        }
        int added = states() - warmed;

        assertTrue(parsed > 50, parsed + " statements parsed");
        assertTrue(added * 10 < cold, "after the warm-up the first page's queries added " + added
                + " prediction states; parsed cold they need " + cold);
    }

    @Test
    void shouldReadEveryTextConstantOfAClassFile() throws Exception {
        byte[] classFile;
        try (var in = HqlPredictionWarmup.class.getResourceAsStream("HqlPredictionWarmup.class")) {
            classFile = in.readAllBytes();
        }

        List<String> constants = HqlPredictionWarmup.utf8Constants(classFile);

        assertTrue(constants.contains("Warms the HQL parser's prediction cache with the app's queries"), "a literal");
        assertTrue(constants.contains("beforeAnalysis"), "a method name");
        assertEquals(1, constants.stream().filter("select "::equals).count(), "each constant once");
    }

    private static HqlParser parser() {
        return HqlParseTreeBuilder.INSTANCE.buildHqlParser("", HqlParseTreeBuilder.INSTANCE.buildHqlLexer(""));
    }

    /** The cache is the parser's static state: clearing it through one parser clears it for all. */
    private static void clear() {
        parser().getInterpreter().clearDFA();
    }

    private static int states() {
        int n = 0;
        for (DFA dfa : parser().getInterpreter().decisionToDFA) {
            n += dfa.states.size();
        }
        return n;
    }
}
