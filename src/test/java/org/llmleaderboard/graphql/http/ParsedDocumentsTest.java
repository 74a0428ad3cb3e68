package org.llmleaderboard.graphql.http;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParsedDocumentsTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { models(first: Int): [Model!]! } type Model { slug: String! name: String }"),
            RuntimeWiring.newRuntimeWiring().build());

    private final ParsedDocuments documents = new ParsedDocuments(SCHEMA);

    @Test
    void shouldParseAndValidateADocumentOnceAndAnswerTheSameAfterwards() {
        String text = "query($n: Int) { models(first: $n) { slug name } }";
        ParsedDocuments.Parsed first = documents.parse(text);
        assertTrue(documents.validate(text, first).isEmpty());
        ParsedDocuments.Parsed again = documents.parse(text);
        assertSame(first.document(), again.document());
        assertTrue(again.errors().isEmpty(), "validated once, kept with its result");
    }

    @Test
    void shouldKeepTheValidationErrorsOfAnInvalidDocument() {
        String text = "{ models { slug price } }";
        ParsedDocuments.Parsed parsed = documents.parse(text);
        assertEquals(1, documents.validate(text, parsed).size());
        ParsedDocuments.Parsed again = documents.parse(text);
        assertSame(parsed.document(), again.document());
        assertEquals(1, again.errors().size());
        assertTrue(again.errors().get(0).getMessage().contains("price"), again.errors().get(0).getMessage());
    }

    @Test
    void shouldNotKeepAFailedParseOrALongDocument() {
        ParsedDocuments.Parsed failed = documents.parse("{ models { slug ");
        assertTrue(failed.document() == null && failed.syntaxError() != null, "a syntax error");
        assertNotSame(failed, documents.parse("{ models { slug "));
        String longText = "{ models { slug " + "name ".repeat(ParsedDocuments.MAX_CHARS / 5) + "} }";
        ParsedDocuments.Parsed first = documents.parse(longText);
        assertNotSame(first.document(), (documents.parse(longText)).document());
    }

    @Test
    void shouldKeepOnlyTheMostRecentlyUsedDocuments() {
        String kept = "{ models { slug } }";
        ParsedDocuments.Parsed keptParse = documents.parse(kept);
        for (int i = 0; i < ParsedDocuments.MAX_DOCUMENTS + 10; i++) {
            documents.parse("{ models(first: " + i + ") { slug } }");
            documents.parse(kept);
        }
        assertSame(keptParse.document(), (documents.parse(kept)).document());
        String early = "{ models(first: 0) { slug } }";
        ParsedDocuments.Parsed before = documents.parse(early);
        for (int i = 100; i < 100 + ParsedDocuments.MAX_DOCUMENTS; i++) {
            documents.parse("{ models(first: " + i + ") { slug } }");
        }
        assertNotSame(before.document(), (documents.parse(early)).document());
    }
}
