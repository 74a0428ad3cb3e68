package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.llmleaderboard.service.read.ReadTransaction;
import org.llmleaderboard.service.read.TrendsService;
import org.llmleaderboard.web.view.TrendsView;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class TrendsResourceTest {

    @Inject
    TrendsService trends;
    @Inject
    ReadTransaction reads;

    @Test
    void dump() throws Exception {
        long t0 = System.nanoTime();
        TrendsService.Trends data = reads.call(() -> trends.trends());
        long t1 = System.nanoTime();
        System.out.println("DUMP service ms " + (t1 - t0) / 1_000_000 + " months " + data.months().size() + " sized " + data.sized().size());
        data.benchmarks().forEach(b -> System.out.println("DUMP " + b.benchmark().slug() + " " + b.setting().key() + " " + b.points().size()));
        TrendsView view = TrendsView.of(data);
        System.out.println("DUMP view ms " + (System.nanoTime() - t1) / 1_000_000);
        for (String url : new String[] {"/trends", "/stats", "/prices"}) {
            String html = given().when().get(url).then().statusCode(200).contentType(containsString("text/html")).extract().asString();
            Files.writeString(Path.of("/tmp/p17c" + url.replace('/', '-') + ".html"), html);
        }
    }
}
