package org.llmleaderboard.importer.livebench;

import org.llmleaderboard.domain.DatePrecision;
import org.llmleaderboard.importer.identity.ModelNames;
import org.llmleaderboard.importer.livebench.LiveBenchLinks.Link;
import org.llmleaderboard.importer.naming.ApiIdNames;
import org.llmleaderboard.importer.naming.Labs;
import org.llmleaderboard.importer.naming.NameStyle;
import org.llmleaderboard.importer.source.SourceModel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LiveBench's table ids as models, each model once. An id's setting suffix is split off ({@link LiveBenchIds}); ids
 * the site shows with the same name, organisation and version are one model ({@code claude-3-7-sonnet} and
 * {@code claude-3-7-sonnet-20250219-base}, {@code gemini-2.0-flash} and {@code gemini-2.0-flash-001}). A model whose
 * ids all end in a snapshot date is named with it, as its lab writes it ("GPT-4o 2024-08-06", "Gemini 2.5 Pro
 * Preview 03-25", "DeepSeek R1 0528"); ids the site has no entry for are named from the id.
 */
final class LiveBenchModels {

    private static final Pattern DATE_SUFFIX = Pattern.compile("-(\\d{8}|\\d{4}-\\d{2}-\\d{2}|\\d{2}-\\d{2}|\\d{2}-\\d{4}|\\d{6}|\\d{4}|\\d{3})(?:-preview)?$");
    private static final Pattern SETTING_WORDS = Pattern.compile(
            "(?i)\\s*(?:\\*|\\((?:max thinking|non-reasoning|x?high|low|medium|minimal)\\)|(?:thinking )?(?:x?high|low|medium|minimal)(?: effort)?|no thinking|thinking)$");

    /** The models, and for every table id the model it belongs to and its setting. */
    record Resolved(List<SourceModel> models, Map<String, LiveBenchIds.Parsed> byTableId) {
    }

    private LiveBenchModels() {
    }

    private record Member(String tableId, String base, String name, String lab, Link link) {
    }

    static Resolved resolve(Collection<String> tableIds, Map<String, Link> links) {
        Map<String, List<Member>> groups = new TreeMap<>();
        for (String id : new TreeSet<>(tableIds)) {
            Member m = member(id, links);
            String version = m.link() == null ? null : m.link().version();
            groups.computeIfAbsent(m.lab() + "|" + ModelNames.key(m.name()) + "|" + version, k -> new ArrayList<>()).add(m);
        }
        List<SourceModel> models = new ArrayList<>();
        Map<String, LiveBenchIds.Parsed> byTableId = new TreeMap<>();
        for (List<Member> group : groups.values()) {
            SourceModel model = model(group);
            models.add(model);
            group.forEach(m -> byTableId.put(m.tableId(), new LiveBenchIds.Parsed(model.id(), LiveBenchIds.parse(m.tableId()).setting())));
        }
        models.sort(Comparator.comparing(SourceModel::id));
        return new Resolved(models, byTableId);
    }

    private static Member member(String id, Map<String, Link> links) {
        String base = LiveBenchIds.parse(id).base();
        Link baseLink = links.get(base);
        Link link = baseLink != null ? baseLink : links.get(id);
        if (link == null) {
            return new Member(id, base, ApiIdNames.displayName(base), Labs.ofBrand(base), null);
        }
        String name = link.displayName();
        if (baseLink == null && !base.equals(id)) {
            String shorter;
            while (!(shorter = SETTING_WORDS.matcher(name).replaceFirst("")).equals(name) && !shorter.isBlank()) {
                name = shorter;
            }
        }
        name = NameStyle.tidy(name.replaceAll("\\*+$", "").strip());
        return new Member(id, base, name, link.organization(), link);
    }

    private static SourceModel model(List<Member> group) {
        TreeSet<String> bases = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        group.forEach(m -> bases.add(m.base()));
        String id = bases.first();
        TreeSet<String> aliases = new TreeSet<>();
        group.forEach(m -> {
            aliases.add(m.base());
            aliases.add(m.tableId());
        });
        aliases.remove(id);
        Member first = group.stream().filter(m -> m.base().equals(id)).findFirst().orElse(group.get(0));
        Link link = group.stream().map(Member::link).filter(Objects::nonNull).findFirst().orElse(null);
        String version = link == null ? null : link.version();
        boolean open = group.stream().anyMatch(m -> m.link() != null && m.link().openWeight());
        boolean reasoner = group.stream().anyMatch(m -> m.link() != null && m.link().reasoner());
        return new SourceModel(id, name(first.name(), bases), first.lab(), released(version), precision(version),
                open ? Boolean.TRUE : null, null, null, null, null, null, null, reasoner ? Boolean.TRUE : null,
                link == null ? null : link.url(), null, List.copyOf(aliases));
    }

    /** The name with the snapshot date of its ids, when every id of the model is a dated snapshot. */
    private static String name(String name, Collection<String> bases) {
        String token = null;
        for (String base : bases) {
            Matcher m = DATE_SUFFIX.matcher(base);
            if (!m.find()) {
                return name;
            }
            token = token == null ? m.group(1) : token;
        }
        String date = token.length() == 8 ? token.substring(0, 4) + "-" + token.substring(4, 6) + "-" + token.substring(6) : token;
        if (name.contains(token) || name.contains(date)) {
            return name;
        }
        // gpt-4-0125-preview: "GPT-4 0125 Preview", the date where the id has it
        return name.endsWith(" Preview") && bases.stream().anyMatch(b -> b.endsWith("-preview"))
                ? name.substring(0, name.length() - " Preview".length()) + " " + date + " Preview" : name + " " + date;
    }

    private static LocalDate released(String version) {
        if (version == null) {
            return null;
        }
        try {
            return version.length() == 7 ? YearMonth.parse(version).atDay(1) : LocalDate.parse(version);
        } catch (java.time.format.DateTimeParseException e) {
            return null; // a version such as "001", not a date
        }
    }

    private static DatePrecision precision(String version) {
        return released(version) == null ? null : version.length() == 7 ? DatePrecision.MONTH : DatePrecision.DAY;
    }
}
