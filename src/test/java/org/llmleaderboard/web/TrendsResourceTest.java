package org.llmleaderboard.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trends page over the bundled data (the test profile's three sets: 738 models). */
@QuarkusTest
class TrendsResourceTest {

    /** A record row of a table: model link, name, lab, release month, value. */
    private static final Pattern RECORD_ROW = Pattern.compile(
            "<tr><th scope=\"row\"><a href=\"([^\"]+)\">([^<]+)</a></th><td>[^<]*</td><td>([^<]*)</td><td class=\"num\">([\\d.]+)[^<]*</td></tr>");

    static String page() {
        return given().when().get("/trends").then().statusCode(200).contentType(containsString("text/html")).extract().asString();
    }

    /** The part of the page from {@code start} to the end of the next table. */
    static String section(String html, String start) {
        int i = html.indexOf(start);
        assertTrue(i >= 0, start);
        return html.substring(i, html.indexOf("</table>", i));
    }

    static List<String[]> records(String section) {
        Matcher m = RECORD_ROW.matcher(section);
        List<String[]> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(new String[] {m.group(2), m.group(3), m.group(4), m.group(1)});
        }
        return rows;
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    @Test
    void shouldBeLinkedFromTheNavigationAfterStats() {
        String html = page();
        assertTrue(html.contains("<title>Trends · LLM Leaderboard</title>"));
        assertTrue(html.contains("<a href=\"/stats\" >Stats</a></li>\n        <li><a href=\"/trends\" aria-current=\"page\">Trends</a>"),
                "after Stats, marked as the current page");
    }

    @Test
    void shouldChartTheStateOfTheArtOfEachMainBenchmarkInOneNamedSetting() {
        String html = page();
        for (String slug : List.of("mmlu", "mmlu-pro", "gpqa", "hle", "swe-bench-verified", "aime-2025")) {
            assertTrue(html.contains("<svg id=\"sota-" + slug + "\" class=\"plot\""), "a chart for " + slug);
            assertTrue(html.contains("<a href=\"/benchmarks/" + slug + "?setting=unspecified\">"), "linked to its ranking in its setting");
        }
        assertEquals(6, count(html, "<p class=\"small muted\">Setting: "), "each chart names its setting");
        String gpqa = section(html, "<svg id=\"sota-gpqa\"");
        assertTrue(gpqa.contains(">GPQA score (%)</text>") && gpqa.contains(">Release date</text>"), "axis titles with units");
        assertTrue(gpqa.contains("<path class=\"step\" d=\"M"), "a step line");
        List<String[]> rows = records(gpqa);
        assertEquals(count(gpqa, "<a class=\"pt record\""), rows.size(), "one table row per point");
        assertEquals("ChatGPT (gpt-3.5-turbo)", rows.get(0)[0], "the first dated GPQA score");
        assertEquals("Nov 2022", rows.get(0)[1]);
        assertEquals("GPT-5", rows.get(rows.size() - 1)[0], "the best GPQA score of the bundled data, 89.4%");
        assertEquals("89.4", rows.get(rows.size() - 1)[2]);
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("o1") && r[1].equals("Dec 2024") && r[2].equals("79.0")), "o1 set a record");
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(Double.parseDouble(rows.get(i)[2]) > Double.parseDouble(rows.get(i - 1)[2]), "every record beats the one before");
        }
        assertTrue(gpqa.contains("class=\"pt-label shown\" x=") && gpqa.contains("\">GPT-5</text></a>"), "the latest record is labelled");
    }

    @Test
    void shouldCountReleasesPerMonthByOpenAndClosedWeights() {
        String html = page();
        String months = section(html, "<svg id=\"releases-monthly-chart\"");
        assertTrue(months.contains(">Release month</text>") && months.contains(">Models</text>"), "axis titles");
        assertTrue(months.contains("<li><svg class=\"key\" width=\"12\" height=\"12\" aria-hidden=\"true\"><rect class=\"seg-open\" width=\"12\" height=\"12\"/></svg>Open weights</li>"),
                "a legend of the stacked parts");
        Matcher row = Pattern.compile("<tr><th scope=\"row\">(\\w{3} \\d{4})</th><td class=\"num\">(\\d+)</td><td class=\"num\">(\\d+)</td>"
                + "<td class=\"num\">(\\d+)</td><td class=\"num\">(\\d+)</td></tr>").matcher(months);
        int rows = 0;
        int cells = 0;
        int total = 0;
        while (row.find()) {
            int open = Integer.parseInt(row.group(2));
            int closed = Integer.parseInt(row.group(3));
            int unknown = Integer.parseInt(row.group(4));
            assertEquals(open + closed + unknown, Integer.parseInt(row.group(5)), row.group(1));
            cells += (open > 0 ? 1 : 0) + (closed > 0 ? 1 : 0) + (unknown > 0 ? 1 : 0);
            total += open + closed + unknown;
            rows++;
        }
        assertTrue(rows > 50, "months with releases: " + rows);
        assertEquals(cells, (int) Pattern.compile("<rect class=\"seg-\\w+\" x=").matcher(months).results().count(),
                "one stacked part per month and weights in the table");
        assertTrue(total > 600 && total <= 738, "models dated to the month, of 738: " + total);
        assertTrue(months.contains("<title>Aug 2025: "), "parts have tooltips");
    }

    @Test
    void shouldStepTheLargestParameterCountOnALogScale() {
        String largest = section(page(), "<svg id=\"largest-chart\"");
        for (String tick : List.of(">1B<", ">10B<", ">100B<", ">1T<", ">10T<")) {
            assertTrue(largest.contains(tick), "log tick " + tick);
        }
        assertTrue(largest.contains(">Parameters (billions, log scale)</text>"));
        List<String[]> rows = records(largest);
        assertEquals(count(largest, "<a class=\"pt record\""), rows.size(), "one table row per point");
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("GPT-3") && r[1].equals("May 2020") && r[2].equals("175")), "GPT-3's 175 B");
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("GPT-2") && r[2].equals("1.5")), "GPT-2's 1.5 B");
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(Double.parseDouble(rows.get(i)[2]) > Double.parseDouble(rows.get(i - 1)[2]), "every record is larger");
        }
        // GPT-3 (175 B) sits log10(175 / 100) of a decade above the 100 B gridline.
        double y100 = tickY(largest, "100B");
        double y1t = tickY(largest, "1T");
        Matcher gpt3 = Pattern.compile("<title>GPT-3 \\(OpenAI\\)[^<]*</title><circle class=\"dot\" cx=\"[\\d.]+%\" cy=\"([\\d.]+)\"").matcher(largest);
        assertTrue(gpt3.find());
        assertEquals(y100 + Math.log10(1.75) * (y1t - y100), Double.parseDouble(gpt3.group(1)), 0.2);
    }

    private static double tickY(String svg, String label) {
        Matcher m = Pattern.compile("<text class=\"tick\" x=\"0\" dx=\"-6\" y=\"([\\d.]+)\" dy=\"4\" text-anchor=\"end\">" + label + "</text>").matcher(svg);
        assertTrue(m.find(), label);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void shouldShowItsChartsWithoutJavaScript() {
        String html = page();
        assertFalse(html.contains("js/charts.js"), "no script of its own: the SVG is the chart");
        assertFalse(html.contains("viewBox=\"0 0 640"), "no scaled chart: text keeps its CSS size");
        assertEquals(8, count(html, "<svg id=\""), "six benchmarks, the months and the largest models");
        assertEquals(8, count(html, "<details class=\"chart-data\">"), "each with its table");
    }
}
