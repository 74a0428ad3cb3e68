package org.llmleaderboard.importer.livebench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The site's facts on its model ids ({@code extracted/model_links.json}, written from the site's
 * {@code src/Table/modelLinks.js}): display name, organisation, link, version, and the open-weight and reasoner flags.
 * A flag set to false means "not flagged", so it is read as "not said". A variant inherits what it does not set from its
 * base entry, as the site does.
 */
final class LiveBenchLinks {

    static final String PATH = "extracted/model_links.json";

    private LiveBenchLinks() {
    }

    /** One entry: what the site shows for an id. */
    record Link(String id, String displayName, String organization, String url, String version, boolean openWeight,
            boolean reasoner, String variantOf) {
    }

    /** The entries by id; an unreadable file is a problem and no entries (names are then derived from the ids). */
    static Map<String, Link> read(Map<String, String> files, List<String> problems) {
        String text = files.get(PATH);
        Map<String, Link> links = new TreeMap<>();
        if (text == null) {
            problems.add(PATH + ": missing; model names derived from the ids");
            return links;
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(PATH + ": not JSON (" + e.getOriginalMessage() + "); model names derived from the ids");
            return links;
        }
        if (root == null || !root.isArray()) {
            problems.add(PATH + ": not a list of entries; model names derived from the ids");
            return links;
        }
        for (JsonNode e : root) {
            String id = text(e, "id");
            if (id == null || text(e, "displayName") == null) {
                problems.add(PATH + ": an entry without id or displayName left out");
                continue;
            }
            links.put(id, new Link(id, text(e, "displayName"), text(e, "organization"), text(e, "url"), text(e, "version"),
                    e.path("openweight").asBoolean(false), e.path("reasoner").asBoolean(false), text(e, "variantOf")));
        }
        return inherit(links);
    }

    private static Map<String, Link> inherit(Map<String, Link> links) {
        Map<String, Link> out = new TreeMap<>();
        links.forEach((id, l) -> {
            Link base = l.variantOf() == null ? null : links.get(l.variantOf());
            out.put(id, base == null ? l : new Link(id, l.displayName(), or(l.organization(), base.organization()),
                    or(l.url(), base.url()), or(l.version(), base.version()), l.openWeight() || base.openWeight(),
                    l.reasoner() || base.reasoner(), l.variantOf()));
        });
        return out;
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
