package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages with charts: their size, and the price chart's log scale, frontier, legend and table. */
@QuarkusTest
class ChartPagesTest {

    /** The budget for a page with charts, compressed. */
    private static final int MAX_COMPRESSED_BYTES = 60 * 1024;

    private static String page(String path) {
        return given().when().get(path).then().statusCode(200).contentType(containsString("text/html")).extract().asString();
    }

    private static int gzipped(String body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(body.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.size();
    }

    @Test
    void shouldKeepEveryPageWithChartsWithin60KilobytesCompressed() throws IOException {
        for (String path : List.of("/stats", "/stats?benchmark=mmlu", "/prices", "/prices?benchmark=swe-bench-verified", "/trends")) {
            int size = gzipped(page(path));
            assertTrue(size <= MAX_COMPRESSED_BYTES, path + ": " + size + " bytes compressed");
        }
    }

    @Test
    void shouldPlotPricesOnALogScaleWithTitledAxes() {
        String svg = priceSvg(page("/prices"));
        for (String tick : List.of(">$0.01<", ">$0.1<", ">$1<", ">$10<", ">$100<", ">0%<", ">100%<")) {
            assertTrue(svg.contains(tick), "tick " + tick);
        }
        assertTrue(svg.contains(">Blended price, US$ per million tokens (log scale)</text>"));
        assertTrue(svg.contains(">GPQA score (%)</text>"));
        assertTrue(svg.contains("role=\"group\" aria-labelledby=\"price-chart-title\" aria-describedby=\"price-chart-desc\""));
    }

    @Test
    void shouldDrawThePriceFrontierThroughModelsNoCheaperOneBeats() {
        String html = page("/prices");
        String svg = priceSvg(html);
        assertEquals(91, count(svg, "<a class=\"pt "), "91 priced models with a GPQA headline score");
        assertEquals(91, count(svg, "<text class=\"pt-label\""), "each labelled for hover and focus");
        assertEquals(91, count(html, "<tr><th scope=\"row\"><a href=\"/models/"), "one table row per point");
        assertTrue(svg.contains("<path class=\"frontier\" d=\"M"), "a frontier line");

        // The table's rows: price, score, on the frontier or not.
        Matcher m = Pattern.compile("<td class=\"num\">\\$([\\d.,]+)</td><td class=\"num\">([\\d.]+)</td><td>\\w+</td><td>(yes)?</td></tr>")
                .matcher(html);
        List<double[]> frontier = new ArrayList<>();
        double best = 0;
        double cheapest = Double.MAX_VALUE;
        while (m.find()) {
            double price = Double.parseDouble(m.group(1).replace(",", ""));
            double score = Double.parseDouble(m.group(2));
            best = Math.max(best, score);
            cheapest = Math.min(cheapest, price);
            if (m.group(3) != null) {
                frontier.add(new double[] {price, score});
            }
        }
        assertTrue(frontier.size() >= 3 && frontier.size() < 20, "a few models on the frontier: " + frontier.size());
        assertTrue(html.contains("Pareto frontier (" + frontier.size() + " models: none other is cheaper and better)"), "legend");
        frontier.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1])); // prices are rounded to the cent
        for (int i = 1; i < frontier.size(); i++) {
            assertTrue(frontier.get(i)[1] > frontier.get(i - 1)[1], "along the frontier a dearer model scores better");
        }
        assertEquals(best, frontier.get(frontier.size() - 1)[1], "the best model is on it");
        assertEquals(cheapest, frontier.get(0)[0], 0.005, "and the cheapest");
        assertEquals(frontier.size() - 1, count(svg.substring(svg.indexOf("<path class=\"frontier\"")).split("/>")[0], "V"),
                "one step up per model after the cheapest");
    }

    @Test
    void shouldLabelTheMarkersInALegend() {
        String html = page("/prices");
        for (String entry : List.of("Open weights</li>", "Closed weights</li>", "Weights not known</li>", "Pareto frontier (")) {
            assertTrue(html.contains(entry), entry);
        }
    }

    private static String priceSvg(String html) {
        int start = html.indexOf("<svg id=\"price-chart\"");
        assertTrue(start >= 0, "a price chart");
        return html.substring(start, html.indexOf("</svg>\n</div>", start));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
