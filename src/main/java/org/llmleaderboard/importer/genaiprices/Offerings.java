package org.llmleaderboard.importer.genaiprices;

import com.fasterxml.jackson.databind.JsonNode;
import org.llmleaderboard.importer.source.SourceOffering;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One offering per priced entry. A price is a number or {@code {base, tiers}} (the base tier is kept); {@code prices}
 * is one object or a list of {@code {constraint, prices}}: the unconstrained one and those with a
 * {@code constraint.start_date} on or before {@link #SNAPSHOT} apply, the latest start winning; later changes and
 * time-of-day prices (DeepSeek's off-peak hours) are reported, not stored.
 */
final class Offerings {

    /** The snapshot's date (commit 47df840): the price in force that day is the one kept. */
    static final LocalDate SNAPSHOT = LocalDate.of(2026, 8, 21);

    private Offerings() {
    }

    static List<SourceOffering> of(List<Entry> entries, ModelGroups groups, List<String> problems) {
        List<SourceOffering> offerings = new ArrayList<>();
        for (Entry e : entries) {
            JsonNode prices = inForce(e, problems);
            Double input = price(prices.get("input_mtok"));
            Double output = price(prices.get("output_mtok"));
            if (input == null && output == null) {
                problems.add(e.provider() + " " + e.id() + (prices.isEmpty() ? ": no prices (free), no offering"
                        : ": no price per million tokens (priced per request, image or audio), no offering"));
                continue;
            }
            offerings.add(new SourceOffering(groups.modelId(e), e.provider(), e.providerName(), e.id(), input, output,
                    price(prices.get("cache_read_mtok")), e.contextWindow(), null, e.checked(), e.sourceUrl()));
        }
        offerings.sort(Comparator.comparing(SourceOffering::modelId).thenComparing(SourceOffering::provider)
                .thenComparing(SourceOffering::providerModelId));
        return offerings;
    }

    /** The price object in force on {@link #SNAPSHOT}. */
    static JsonNode inForce(Entry e, List<String> problems) {
        JsonNode prices = e.prices();
        if (!prices.isArray()) {
            return prices;
        }
        JsonNode chosen = null;
        LocalDate chosenStart = LocalDate.MIN;
        for (JsonNode item : prices) {
            JsonNode constraint = item.path("constraint");
            LocalDate start = startDate(constraint);
            if (constraint.has("start_time") || constraint.has("end_time")) {
                problems.add(e.provider() + " " + e.id() + ": price for " + constraint.path("start_time").asText() + "–"
                        + constraint.path("end_time").asText() + " UTC only, left out (the unconstrained price is kept)");
            } else if (start != null && start.isAfter(SNAPSHOT)) {
                problems.add(e.provider() + " " + e.id() + ": price from " + start + " not yet in force on " + SNAPSHOT + ", left out");
            } else if (start == null ? chosen == null : !start.isBefore(chosenStart)) {
                chosen = item.path("prices");
                chosenStart = start == null ? chosenStart : start;
            }
        }
        return chosen == null ? prices.path(0).path("prices") : chosen;
    }

    private static LocalDate startDate(JsonNode constraint) {
        String value = constraint.path("start_date").asText(null);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeException ex) {
            return LocalDate.MAX; // an unreadable start is treated as not yet in force
        }
    }

    /** A number, or a tiered price's base; null if absent. */
    static Double price(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        JsonNode base = value.path("base");
        return base.isNumber() ? base.asDouble() : null;
    }
}
