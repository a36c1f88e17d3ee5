package io.wirestream.dedupe;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.wirestream.serde.Json;

/**
 * A labelled feed of self-written wire stories, their realistic copies and hard negatives, built
 * from a seed: the same seed gives the same feed. Prose comes from a small grammar over invented
 * people, places and events, so no third-party text is involved.
 */
final class LabelledSet {

    /** What an item is, and so what dedupe should do with it. */
    enum Kind {
        ORIGINAL(false), SAME_EVENT(false), FOLLOW_UP(false), MARKET_REPORT(false),
        EXACT_NEW_ID(true), CHANGED_HEADLINE(true), ADDED_PARAGRAPH(true), CORRECTED_NAME(true), PORTAL_CHROME(true),
        /** The agency's own write-thru: the story with two to four new paragraphs, under a new id. */
        WRITE_THRU(true);

        final boolean copy;

        Kind(boolean copy) {
            this.copy = copy;
        }

        /** Exact copies must be caught by content; the rest are near copies. */
        boolean exact() {
            return this == EXACT_NEW_ID || this == CHANGED_HEADLINE;
        }
    }

    /**
     * One input record with its label.
     *
     * @param original for copies, the id of the story they repeat (the earliest by event time); else {@code null}
     */
    record Item(String id, byte[] value, String contentType, Kind kind, String original) {
    }

    private static final String[] FIRST = {"Helena", "Marcus", "Amina", "Tomas", "Priya", "Kwame", "Lucia", "Jonas",
            "Farida", "Oleg", "Mei", "Rafael", "Ingrid", "Samuel", "Nadia", "Viktor", "Chloe", "Ibrahim", "Sofia",
            "Dmitri", "Grace", "Hassan", "Elena", "Patrick", "Yuki", "Mateo", "Zainab", "Henrik", "Leila", "Arjun"};
    private static final String[] LAST = {"Brandt", "Okafor", "Lindqvist", "Moreau", "Haddad", "Kowalski", "Mensah",
            "Ferreira", "Novak", "Sato", "Castillo", "Berg", "Osei", "Rahman", "Petrov", "Duarte", "Keller", "Nakamura",
            "Abiodun", "Varga", "Quinn", "Salazar", "Eriksen", "Chaudhry", "Dimitrov", "Walsh", "Tanaka", "Bianchi"};
    private static final String[] CITIES = {"Port Arlen", "Veldmark", "San Telmo", "Kiruna Bay", "Northgate",
            "Lake Orin", "Bellmora", "Astrava", "Cresthaven", "Dunmere", "Eskerfield", "Marisol", "Tarvos", "Quillon",
            "Redwater", "Solenne", "Harrowby", "Ostrana", "Calder Point", "Ventisca"};
    private static final String[] ROLES = {"Mayor", "Minister", "spokesperson", "chief engineer", "union leader",
            "police chief", "director", "professor", "opposition leader", "governor"};
    private static final String[] ORG_TYPES = {"city council", "port authority", "health ministry",
            "electoral commission", "teachers' union", "water board", "transport agency", "central bank",
            "farmers' federation", "chamber of commerce", "fire service", "supreme court"};
    private static final String[][] TOPICS = {
            {"bridge", "lorries", "corrosion", "supports", "repairs", "traffic", "engineers", "closure"},
            {"flood", "rainfall", "river", "evacuation", "villages", "embankment", "pumps", "shelters"},
            {"strike", "workers", "wages", "pickets", "negotiations", "factories", "overtime", "contracts"},
            {"election", "ballots", "turnout", "candidates", "polling stations", "recount", "observers", "results"},
            {"vaccination", "clinics", "doses", "nurses", "appointments", "outbreak", "hospitals", "supplies"},
            {"wildfire", "hectares", "firefighters", "evacuees", "winds", "aircraft", "farms", "smoke"},
            {"budget", "taxes", "spending", "deficit", "pensions", "subsidies", "borrowing", "savings"},
            {"ruling", "appeal", "judges", "verdict", "defendants", "evidence", "sentences", "lawyers"},
            {"derailment", "carriages", "passengers", "signals", "tracks", "investigators", "station", "delays"},
            {"drought", "reservoirs", "harvest", "irrigation", "livestock", "rationing", "wells", "crops"},
            {"trade deal", "tariffs", "exports", "quotas", "ports", "shipments", "customs", "investors"},
            {"exams", "pupils", "schools", "results", "teachers", "curriculum", "grades", "universities"}};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] SAID = {"said", "told reporters", "said in a statement", "told a news conference",
            "wrote on social media", "said late on"};
    private static final String[] TEMPLATES = {
            "The {org} said on {day} that the {n1} would continue until the {n2} had been dealt with.",
            "{person}, the {role}, {said} that {num} {n1} had been affected so far.",
            "Officials in {city} warned that the {n1} could last for weeks if the {n2} did not improve.",
            "\"We are doing everything we can to protect the {n1} and the {n2},\" {person} {said}.",
            "About {num} people gathered outside the offices of the {org} on {day} to demand action on the {n1}.",
            "The {n1} has already cost the region an estimated {num} million, according to figures from the {org}.",
            "Critics accused the {org} of ignoring early warnings about the {n1} and the state of the {n2}.",
            "{person} rejected those claims, saying the {n2} had been inspected {num} times in the past year.",
            "Residents of {city} said they had been given little information about the {n1}.",
            "The {role} of the {org}, {person}, is due to meet representatives of the {n2} on {day}.",
            "A report presented to the {org} said {num} {n2} would need attention before the end of the year.",
            "Local newspapers in {city} reported that the {n1} had forced the cancellation of {num} events.",
            "The opposition called for an independent inquiry into the handling of the {n1}.",
            "Emergency teams were sent to {city} overnight with {num} {n2} and extra staff.",
            "It was the worst {n1} in {city} for {num} years, according to local records.",
            "{person} said the {org} would publish a full plan for the {n2} within {num} days.",
            "Business owners said the {n1} had cut their takings by as much as {num} per cent.",
            "The national government offered to send {num} advisers to help the {org} with the {n2}.",
            "Talks between the {org} and the {n2} broke up on {day} without agreement.",
            "Analysts said the {n1} was likely to weigh on the regional economy well into next year.",
            "In a separate development, the {org} confirmed that {num} {n2} had been suspended.",
            "{person} visited {city} on {day} and promised that lessons would be learned from the {n1}.",
            "Police said {num} people had been questioned in connection with the {n2}.",
            "The {org} has set up a telephone line for people worried about the {n1}.",
            "Figures released on {day} showed {num} {n2} in the region, up from a year earlier."};
    private static final String[] CHROME = {"Follow us on WhatsApp for the latest updates from the region.",
            "Download our app to get breaking news alerts on your phone.",
            "Catch all the latest news and live updates on our website.",
            "For more stories like this, sign up to our morning briefing.",
            "Join our Telegram channel for more news."};

    private final Random random;
    private final List<Item> items = new ArrayList<>();
    private final String prefix;

    private LabelledSet(long seed, String prefix) {
        this.random = new Random(seed);
        this.prefix = prefix;
    }

    /**
     * A feed of {@code events} events, each with an original story, up to three copies and hard
     * negatives, plus daily market reports, shuffled into arrival order.
     */
    static List<Item> build(long seed, String prefix, int events) {
        LabelledSet set = new LabelledSet(seed, prefix);
        Instant t = Instant.parse("2022-03-01T06:00:00Z");
        for (int e = 0; e < events; e++) {
            set.event(e, t.plus(e * 97L, ChronoUnit.MINUTES));
        }
        for (int day = 0; day < Math.max(3, events / 4); day++) {
            set.marketReport(day, t.plus(day, ChronoUnit.DAYS).plus(10, ChronoUnit.HOURS));
        }
        Collections.shuffle(set.items, set.random);
        return set.items;
    }

    private String pick(String[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    /** One event: people, a place, an organisation and a subject shared by its stories. */
    private record Event(String city, String org, List<String> people, List<String> roles, String[] topic) {
    }

    private void event(int e, Instant published) {
        String city = CITIES[(e * 7 + random.nextInt(3)) % CITIES.length];
        List<String> people = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            people.add(pick(FIRST) + " " + pick(LAST));
            roles.add(pick(ROLES));
        }
        Event event = new Event(city, city + " " + pick(ORG_TYPES), people, roles, TOPICS[random.nextInt(TOPICS.length)]);
        String agency = pick(new String[] {"PTI", "ANI", "UNI", "IANS"});
        String id = prefix + "-" + agency.toLowerCase() + "-" + e;
        List<String> body = story(event, 4 + random.nextInt(4));
        String headline = headline(event);
        items.add(envelope(id, agency, headline, body, published, Kind.ORIGINAL, null));

        // Copies: each event gets up to three of the six kinds, later than the original.
        List<Kind> kinds = new ArrayList<>(List.of(Kind.EXACT_NEW_ID, Kind.CHANGED_HEADLINE, Kind.ADDED_PARAGRAPH,
                Kind.CORRECTED_NAME, Kind.PORTAL_CHROME, Kind.WRITE_THRU));
        Collections.shuffle(kinds, random);
        int copies = 1 + random.nextInt(3);
        for (int c = 0; c < copies; c++) {
            Kind kind = kinds.get(c);
            Instant later = published.plus(5 + random.nextInt(240), ChronoUnit.MINUTES);
            String copyId = prefix + "-copy-" + e + "-" + c;
            switch (kind) {
                case EXACT_NEW_ID -> items.add(envelope(copyId, pick(new String[] {"UNI", "IANS", "Portal"}), headline,
                        body, later, kind, id));
                case CHANGED_HEADLINE -> items.add(envelope(copyId, "Portal", headline(event), body, later, kind, id));
                case ADDED_PARAGRAPH -> {
                    List<String> longer = new ArrayList<>(body);
                    longer.add(paragraph(event));
                    items.add(envelope(copyId, agency, headline, longer, later, kind, id));
                }
                case CORRECTED_NAME -> {
                    String wrong = event.people().get(0);
                    String right = pick(FIRST) + " " + wrong.substring(wrong.indexOf(' ') + 1);
                    List<String> corrected = body.stream().map(p -> p.replace(wrong, right)).toList();
                    items.add(envelope(copyId, agency, headline.replace(wrong, right), corrected, later, kind, id));
                }
                case PORTAL_CHROME -> items.add(portalPage(copyId, headline, body, later, id));
                case WRITE_THRU -> {
                    List<String> longer = new ArrayList<>(body);
                    int added = 2 + random.nextInt(3);
                    for (int a = 0; a < added; a++) {
                        longer.add(1 + random.nextInt(longer.size()), paragraph(event));
                    }
                    items.add(envelope(copyId, agency, headline(event), longer, later, kind, id));
                }
                default -> throw new IllegalStateException(kind.name());
            }
        }
        // Hard negatives: another story on the same event the same day, and a follow-up the next day
        // that repeats one background paragraph word for word, as wire follow-ups do.
        if (random.nextBoolean()) {
            items.add(envelope(prefix + "-same-" + e, pick(new String[] {"PTI", "ANI", "UNI", "IANS"}), headline(event),
                    story(event, 4 + random.nextInt(3)), published.plus(30 + random.nextInt(120), ChronoUnit.MINUTES),
                    Kind.SAME_EVENT, null));
        }
        if (random.nextBoolean()) {
            List<String> follow = new ArrayList<>(story(event, 3 + random.nextInt(3)));
            follow.add(body.get(body.size() - 1));
            items.add(envelope(prefix + "-follow-" + e, agency, headline(event), follow,
                    published.plus(1, ChronoUnit.DAYS), Kind.FOLLOW_UP, null));
        }
    }

    private List<String> story(Event event, int paragraphs) {
        List<String> body = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            body.add(paragraph(event));
        }
        return body;
    }

    private String paragraph(Event event) {
        int sentences = 1 + random.nextInt(3);
        StringBuilder p = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                p.append(' ');
            }
            p.append(sentence(event));
        }
        return p.toString();
    }

    private String sentence(Event event) {
        int who = random.nextInt(event.people().size());
        String role = event.roles().get(who);
        String template = pick(TEMPLATES);
        String s = template.replace("{org}", event.org()).replace("{day}", pick(DAYS))
                .replace("{person}", event.people().get(who)).replace("{role}", role)
                .replace("{said}", pick(SAID)).replace("{city}", event.city())
                .replace("{num}", String.valueOf(2 + random.nextInt(400)))
                .replace("{n1}", event.topic()[random.nextInt(4)]).replace("{n2}", event.topic()[4 + random.nextInt(4)]);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String headline(Event event) {
        String[] forms = {"%s: %s warns over %s", "%s hit by %s as %s protests grow", "%s %s: talks on %s stall",
                "%s faces questions over %s and %s"};
        return String.format(pick(forms), event.city(), event.topic()[random.nextInt(4)],
                event.topic()[4 + random.nextInt(4)]);
    }

    /** The daily market report: one template, other numbers and movers every day. */
    private void marketReport(int day, Instant published) {
        String[] movers = {"Tarvos Steel", "Bellmora Bank", "Astrava Power", "Quillon Foods", "Redwater Oil",
                "Solenne Telecom", "Harrowby Motors", "Ostrana Mining", "Marisol Pharma", "Dunmere Cement"};
        int index = 50_000 + random.nextInt(10_000);
        String up = random.nextBoolean() ? "rose" : "fell";
        List<String> body = List.of(
                String.format("The benchmark Astrava 30 index %s %d.%d points, or %d.%02d per cent, to close at %,d.%d "
                                + "on %s, as investors weighed %s.", up, 20 + random.nextInt(600), random.nextInt(10),
                        random.nextInt(2), random.nextInt(100), index, random.nextInt(10), pick(DAYS),
                        pick(new String[] {"interest rate worries", "quarterly earnings", "oil prices", "foreign fund flows"})),
                String.format("%s and %s were the top gainers, climbing %d.%d per cent and %d.%d per cent, while %s "
                                + "led the losers with a fall of %d.%d per cent.", pick(movers), pick(movers),
                        1 + random.nextInt(6), random.nextInt(10), 1 + random.nextInt(4), random.nextInt(10),
                        pick(movers), 1 + random.nextInt(5), random.nextInt(10)),
                String.format("The broader Astrava 200 index %s %d.%d per cent. Market breadth was %s, with %,d shares "
                                + "advancing and %,d declining on the exchange.", up, random.nextInt(2), random.nextInt(100),
                        random.nextBoolean() ? "positive" : "negative", 1000 + random.nextInt(1500), 800 + random.nextInt(1500)),
                String.format("The currency %s to %d.%02d against the dollar, and foreign investors were net %s of "
                                + "shares worth %,d million, provisional exchange data showed.",
                        random.nextBoolean() ? "strengthened" : "weakened", 70 + random.nextInt(10), random.nextInt(100),
                        random.nextBoolean() ? "buyers" : "sellers", 100 + random.nextInt(3000)));
        items.add(envelope(prefix + "-market-" + day, "PTI", "Astrava 30 " + up + " on " + pick(DAYS), body, published,
                Kind.MARKET_REPORT, null));
    }

    private Item envelope(String id, String agency, String headline, List<String> body, Instant published, Kind kind,
                          String original) {
        var node = Json.MAPPER.createObjectNode().put("id", id).put("agency", agency).put("headline", headline)
                .put("published", published.toString());
        var paragraphs = node.putArray("body");
        body.forEach(paragraphs::add);
        return new Item(id, node.toString().getBytes(StandardCharsets.UTF_8), "application/json", kind, original);
    }

    /** The story as a portal page: its chrome around and inside the text, some of which cleaning keeps. */
    private Item portalPage(String id, String headline, List<String> body, Instant published, String original) {
        StringBuilder page = new StringBuilder("Home\n\nWorld\n\n").append(headline).append(" | World News\n\n")
                .append("Posted by Portal Desk on ").append(published).append("\n\n");
        int chromeAt = 1 + random.nextInt(body.size());
        for (int p = 0; p < body.size(); p++) {
            if (p == chromeAt) {
                page.append("Also Read\n\n");
            }
            page.append(body.get(p)).append("\n\n");
        }
        page.append(pick(CHROME)).append("\n\n").append("Advertisement\n");
        String json = Json.MAPPER.createObjectNode().put("id", id).put("agency", "Portal").put("headline", headline)
                .put("published", published.toString()).put("body", page.toString()).toString();
        return new Item(id, json.getBytes(StandardCharsets.UTF_8), "application/json", Kind.PORTAL_CHROME, original);
    }
}
