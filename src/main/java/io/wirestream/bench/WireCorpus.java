package io.wirestream.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.serde.Json;

/**
 * A deterministic generator of wire stories for benchmarks: the same seed and size give the
 * same bytes on every machine, so anyone can rebuild the corpus a figure was measured on.
 *
 * <p>Stories have an agency, a dateline in that agency's style, a headline, 6-14 paragraphs
 * (roughly 200-700 words) with quotes, and people, organisations and places drawn from fixed
 * lists. A given share of the items are re-issues of an earlier story, in equal parts: the same
 * item re-sent under its own id, the story with a paragraph added under a new id, and the story
 * under a changed headline and a new id.
 */
public final class WireCorpus {

    /** The seed figures in BENCHMARKS.md were measured with. */
    public static final long DEFAULT_SEED = 20_260_105L;
    /** The share of re-issues the issue asks for. */
    public static final double DEFAULT_REISSUE_SHARE = 0.30;

    private static final Instant START = Instant.parse("2026-01-05T06:00:00Z");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT);

    private record Agency(String name, String code, String dateline) {
    }

    private record City(String name, String country, String demonym) {
    }

    private static final List<Agency> AGENCIES = List.of(
            new Agency("Reuters", "reuters", "%1$s, %2$s (Reuters) - "),
            new Agency("AP", "ap", "%1$s (AP) — "),
            new Agency("AFP", "afp", "%1$s (AFP) - "),
            new Agency("PTI", "pti", "%1$s, %2$s (PTI) "),
            new Agency("Xinhua", "xinhua", "%1$s, %2$s (Xinhua) -- "),
            new Agency("Anadolu", "aa", "%1$s (AA) - "),
            new Agency("Kyodo", "kyodo", "%1$s, %2$s (Kyodo) -- "));

    private static final List<City> CITIES = List.of(
            new City("London", "Britain", "British"), new City("Paris", "France", "French"),
            new City("Berlin", "Germany", "German"), new City("Madrid", "Spain", "Spanish"),
            new City("Rome", "Italy", "Italian"), new City("Warsaw", "Poland", "Polish"),
            new City("Kyiv", "Ukraine", "Ukrainian"), new City("Brussels", "Belgium", "Belgian"),
            new City("Washington", "the United States", "American"), new City("Ottawa", "Canada", "Canadian"),
            new City("Mexico City", "Mexico", "Mexican"), new City("Brasilia", "Brazil", "Brazilian"),
            new City("Buenos Aires", "Argentina", "Argentine"), new City("Bogota", "Colombia", "Colombian"),
            new City("Nairobi", "Kenya", "Kenyan"), new City("Lagos", "Nigeria", "Nigerian"),
            new City("Johannesburg", "South Africa", "South African"), new City("Addis Ababa", "Ethiopia", "Ethiopian"),
            new City("Cairo", "Egypt", "Egyptian"), new City("Riyadh", "Saudi Arabia", "Saudi"),
            new City("Tehran", "Iran", "Iranian"), new City("Ankara", "Turkey", "Turkish"),
            new City("Baghdad", "Iraq", "Iraqi"), new City("New Delhi", "India", "Indian"),
            new City("Islamabad", "Pakistan", "Pakistani"), new City("Dhaka", "Bangladesh", "Bangladeshi"),
            new City("Colombo", "Sri Lanka", "Sri Lankan"), new City("Beijing", "China", "Chinese"),
            new City("Tokyo", "Japan", "Japanese"), new City("Seoul", "South Korea", "South Korean"),
            new City("Jakarta", "Indonesia", "Indonesian"), new City("Manila", "the Philippines", "Filipino"),
            new City("Bangkok", "Thailand", "Thai"), new City("Hanoi", "Vietnam", "Vietnamese"),
            new City("Canberra", "Australia", "Australian"), new City("Wellington", "New Zealand", "New Zealand"));

    private static final List<String> FIRST = List.of("Maria", "John", "Ahmed", "Li", "Anna", "Rahul", "Fatima",
            "Carlos", "Yuki", "Olga", "David", "Amina", "Pedro", "Sophie", "Kenji", "Ibrahim", "Elena", "Samuel",
            "Priya", "Thomas", "Grace", "Mohammed", "Lucia", "Viktor", "Hannah", "Arjun", "Chen", "Nadia");
    private static final List<String> LAST = List.of("Silva", "Smith", "Hassan", "Wei", "Kowalski", "Sharma",
            "Okafor", "Garcia", "Tanaka", "Petrova", "Miller", "Mensah", "Costa", "Dubois", "Sato", "Yilmaz",
            "Rossi", "Kimani", "Patel", "Schneider", "Mwangi", "Rahman", "Fernandez", "Novak", "Becker", "Iyer",
            "Zhang", "Haddad");
    private static final List<String> ROLES = List.of("Prime Minister", "Finance Minister", "Foreign Minister",
            "Health Minister", "President", "central bank governor", "opposition leader", "army spokesperson",
            "chief executive", "trade union leader", "mayor", "senior economist", "election commissioner",
            "police chief", "energy minister");
    private static final List<String> ORGS = List.of("the United Nations", "the World Bank",
            "the International Monetary Fund", "the European Union", "the World Health Organization",
            "the African Union", "NATO", "OPEC", "the Red Cross", "Amnesty International", "Siemens", "Toyota",
            "Petrobras", "Tata Steel", "Shell", "the Asian Development Bank", "the World Trade Organization",
            "Human Rights Watch", "Unicef", "the Supreme Court");
    private static final List<String> SUBJECTS = List.of("fuel prices", "the budget deficit", "flood relief",
            "a new trade agreement", "the election timetable", "a vaccination campaign", "interest rates",
            "border security", "a port expansion", "drought relief", "the wheat harvest", "power cuts",
            "a corruption inquiry", "a rail project", "the teachers' strike", "refugee arrivals",
            "a ceasefire proposal", "climate financing", "steel tariffs", "a debt restructuring");
    private static final List<String> HEADLINES = List.of(
            "%DEMONYM% government unveils plan on %SUBJECT%", "%DEMONYM% talks on %SUBJECT% stall as deadline nears",
            "Protesters rally in %CITY% over %SUBJECT%", "%DEMONYM% parliament passes bill on %SUBJECT%",
            "Officials in %CITY% warn of delays in %SUBJECT%", "%DEMONYM% court rules on %SUBJECT%",
            "Ministers meet in %CITY% to discuss %SUBJECT%", "Markets in %CITY% react to news on %SUBJECT%");
    private static final List<String> SENTENCES = List.of(
            "%PERSON%, the %ROLE%, said on %DAY% that the government would announce new measures on %SUBJECT% within %N% days.",
            "Officials from %ORG% arrived in %CITY% on %DAY% for talks expected to last %N% days.",
            "The %DEMONYM% economy grew by %N%.%M% percent in the last quarter, according to figures released by %ORG%.",
            "More than %N%,%M%00 people have been affected so far, the %DEMONYM% disaster agency said in a statement.",
            "Analysts said the decision on %SUBJECT% could weigh on investor confidence across %COUNTRY% and its neighbours.",
            "%PERSON% met representatives of %ORG% in %CITY% late on %DAY%, a spokesperson said.",
            "The measures follow weeks of pressure from business groups and opposition parties over %SUBJECT%.",
            "Talks between %COUNTRY% and %ORG% on %SUBJECT% resumed after a pause of %N% months.",
            "Local media in %CITY% reported that at least %N% people were detained during the protests.",
            "%ORG% said it was monitoring the situation closely and called on all sides to show restraint.",
            "The %ROLE% is expected to travel to %CITY% next week to meet %PERSON%.",
            "Shares of companies exposed to %SUBJECT% fell %N%.%M% percent in early trading in %CITY%.",
            "The plan, first proposed by %PERSON% in %N%0 days of consultations, still needs the approval of parliament.",
            "Critics, including %ORG%, said the proposal on %SUBJECT% did not go far enough.",
            "A statement from the %DEMONYM% foreign ministry said the talks had been \"constructive and frank\".",
            "Residents of %CITY% queued for hours on %DAY% as the impact of %SUBJECT% spread.",
            "The figures, published by %ORG% on %DAY%, were weaker than economists had forecast.",
            "%PERSON% told reporters in %CITY% that the country would not accept any deal that harmed its farmers.",
            "It was not immediately clear how the measures would be paid for, and officials declined to give details.",
            "The dispute over %SUBJECT% has strained ties between %COUNTRY% and its main trading partners.");
    private static final List<String> QUOTES = List.of(
            "We are doing everything we can to protect families from the impact of %SUBJECT%",
            "This is a difficult moment, but we will not change course",
            "The people of %COUNTRY% deserve answers, and they deserve them now",
            "We expect our partners at %ORG% to keep their promises",
            "Nobody wins from this dispute, and everybody loses if it drags on",
            "The numbers speak for themselves: the situation in %CITY% is improving");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private final long seed;
    private final double reissueShare;

    /**
     * @param seed         the random seed; the same seed gives the same corpus
     * @param reissueShare the share of items that re-issue an earlier story, 0 to 0.9
     */
    public WireCorpus(long seed, double reissueShare) {
        if (!(reissueShare >= 0 && reissueShare <= 0.9)) {
            throw new IllegalArgumentException("reissueShare must be within 0..0.9, was " + reissueShare);
        }
        this.seed = seed;
        this.reissueShare = reissueShare;
    }

    /** The default corpus: {@link #DEFAULT_SEED}, 30 % re-issues. */
    public static WireCorpus standard() {
        return new WireCorpus(DEFAULT_SEED, DEFAULT_REISSUE_SHARE);
    }

    /** The same seed without re-issues: every item a different story. */
    public WireCorpus withoutReissues() {
        return new WireCorpus(seed, 0);
    }

    /** One generated item: its id (the record key) and its JSON envelope. */
    public record Item(String id, byte[] json) {
    }

    /** {@code size} items in publication order; the first is always an original story. */
    public List<Item> generate(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, was " + size);
        }
        Random random = new Random(seed);
        List<ObjectNode> originals = new ArrayList<>();
        List<Item> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Instant published = START.plusSeconds(60L * i);
            ObjectNode story;
            if (!originals.isEmpty() && random.nextDouble() < reissueShare) {
                story = reissue(random, originals.get(random.nextInt(originals.size())), published, i);
            } else {
                story = original(random, published, i);
                originals.add(story);
            }
            items.add(new Item(story.get("id").asText(), story.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return List.copyOf(items);
    }

    private static ObjectNode original(Random random, Instant published, int seq) {
        Agency agency = pick(random, AGENCIES);
        City city = pick(random, CITIES);
        String subject = pick(random, SUBJECTS);
        String person = person(random);
        String headline = fill(random, pick(random, HEADLINES), city, subject, person);
        List<String> paragraphs = new ArrayList<>();
        int count = 6 + random.nextInt(9);
        for (int p = 0; p < count; p++) {
            StringBuilder para = new StringBuilder();
            if (p == 0) {
                para.append(String.format(Locale.ROOT, agency.dateline(), city.name().toUpperCase(Locale.ROOT),
                        MONTH_DAY.format(published.atOffset(ZoneOffset.UTC))));
            }
            if (p > 0 && random.nextInt(4) == 0) {
                para.append('"').append(fill(random, pick(random, QUOTES), city, subject, person)).append(",\" ")
                        .append(random.nextBoolean() ? person : person(random)).append(", the ")
                        .append(pick(random, ROLES)).append(", said.");
            } else {
                int sentences = 2 + random.nextInt(2);
                for (int s = 0; s < sentences; s++) {
                    para.append(s == 0 ? "" : " ").append(fill(random, pick(random, SENTENCES), city, subject, person));
                }
            }
            paragraphs.add(para.toString());
        }
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", String.format(Locale.ROOT, "%s-%s-%05d", agency.code(),
                published.atOffset(ZoneOffset.UTC).toLocalDate(), seq));
        node.put("agency", agency.name());
        node.put("headline", headline);
        node.put("byline", "By " + person(random) + ", " + agency.name());
        node.put("dateline", city.name());
        node.put("published", ISO.format(published));
        node.put("url", "https://example.org/" + agency.code() + "/" + seq);
        node.putArray("tags").add(subject).add(city.country());
        node.put("body", String.join("\n\n", paragraphs));
        return node;
    }

    private static ObjectNode reissue(Random random, ObjectNode original, Instant published, int seq) {
        ObjectNode copy = original.deepCopy();
        switch (random.nextInt(3)) {
            case 0 -> {
                // A re-send: the same item, same id, byte for byte.
                return copy;
            }
            case 1 -> {
                City city = pick(random, CITIES);
                String subject = pick(random, SUBJECTS);
                copy.put("body", copy.get("body").asText() + "\n\n"
                        + fill(random, pick(random, SENTENCES), city, subject, person(random)));
                copy.put("headline", "UPDATE 1-" + copy.get("headline").asText());
            }
            default -> copy.put("headline", copy.get("headline").asText() + " - " + pick(random, DAYS) + " update");
        }
        copy.put("id", copy.get("id").asText() + "-r" + seq);
        copy.put("updated", ISO.format(published));
        return copy;
    }

    private static String fill(Random random, String template, City city, String subject, String person) {
        City other = pick(random, CITIES);
        String filled = template.replace("%PERSON%", random.nextInt(3) == 0 ? person(random) : person)
                .replace("%ROLE%", pick(random, ROLES))
                .replace("%ORG%", pick(random, ORGS))
                .replace("%CITY%", random.nextInt(3) == 0 ? other.name() : city.name())
                .replace("%COUNTRY%", city.country())
                .replace("%DEMONYM%", city.demonym())
                .replace("%SUBJECT%", subject)
                .replace("%DAY%", pick(random, DAYS))
                .replace("%N%", String.valueOf(2 + random.nextInt(97)))
                .replace("%M%", String.valueOf(random.nextInt(10)));
        return Character.toUpperCase(filled.charAt(0)) + filled.substring(1);
    }

    private static String person(Random random) {
        return pick(random, FIRST) + " " + pick(random, LAST);
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
