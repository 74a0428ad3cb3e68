package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.domain.Access;
import org.llmleaderboard.domain.Lab;
import org.llmleaderboard.domain.LanguageModel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Templates escape all data: markup in names and notes shows as text. The hostile model is removed after each test. */
@QuarkusTest
class EscapingTest {

    static final String SCRIPT = "<script>alert(1)</script>";

    @Inject
    EntityManager em;

    @AfterEach
    @Transactional
    void removeHostileModel() {
        em.createQuery("delete from LanguageModel m where m.slug = 'xss-lab/xss-model'").executeUpdate();
        em.createQuery("delete from Lab l where l.slug = 'xss-lab'").executeUpdate();
    }

    @BeforeEach
    @Transactional
    void addHostileModel() {
        Lab lab = new Lab();
        lab.slug = "xss-lab";
        lab.name = "<img src=x onerror=alert(2)>";
        em.persist(lab);
        LanguageModel m = new LanguageModel();
        m.slug = "xss-lab/xss-model";
        m.name = SCRIPT;
        m.lab = lab;
        m.access = Access.PUBLIC;
        m.parameters = 10.0;
        m.trainingTokens = 2000.0;
        m.notes = "See http://example.test/\"><script>alert(3)</script> and \"quotes\" & <b>tags</b>";
        m.tags.add("<i>tag</i>");
        em.persist(m);
    }

    @Test
    void shouldShowMarkupInNamesAsTextOnTheLeaderboard() {
        given().when().get("/?q=script").then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(containsString("&lt;img src=x onerror=alert(2)&gt;"))
                .body(not(containsString(SCRIPT)))
                .body(not(containsString("<img src=x")));
    }

    @Test
    void shouldShowMarkupInNotesAsTextOnTheModelPage() {
        given().when().get("/models/xss-lab/xss-model").then().statusCode(200)
                .body(containsString("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
                .body(containsString("&lt;b&gt;tags&lt;/b&gt;"))
                .body(containsString("&quot;quotes&quot; &amp;"))
                .body(not(containsString("alert(3)</script>")))
                .body(not(containsString("<b>tags</b>")))
                .body(not(containsString("<i>tag</i>")));
    }

    @Test
    void shouldEscapeLabNamesOnLabPages() {
        given().when().get("/labs/xss-lab").then().statusCode(200)
                .body(containsString("<h1>&lt;img src=x onerror=alert(2)&gt;</h1>"))
                .body(not(containsString("<img src=x")));
        given().when().get("/labs").then().statusCode(200).body(not(containsString("<img src=x")));
    }
}
