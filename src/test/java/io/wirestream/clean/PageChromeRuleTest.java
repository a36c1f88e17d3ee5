package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageChromeRuleTest {

    private static final String STORY = "The minister said on Monday that talks would resume.";

    private static List<String> run(String... paragraphs) {
        Draft draft = new Draft("H", List.of(paragraphs));
        new PageChromeRule().apply(draft);
        return draft.paragraphs();
    }

    private static void removes(String chrome) {
        assertEquals(List.of(STORY), run(chrome, STORY, chrome), chrome);
    }

    private static void keeps(String paragraph) {
        assertEquals(List.of(STORY, paragraph), run(STORY, paragraph), paragraph);
    }

    @Test
    void shouldRemoveWholeChromeParagraphs() {
        removes("City");
        removes("Epaper");
        removes("Open in App");
        removes("OPEN IN APP");
        removes("Read more »");
        removes("Also Read");
        removes("Advertisement");
        removes("- Advertisement -");
        removes("Subscribe");
        removes("Follow us on Google News");
        removes("Follow us on Twitter, Facebook and Instagram");
        removes("Download the app");
        removes("Download the NDTV app");
        removes("Share");
        removes("Comments (12)");
        removes("Trending");
        removes("3 min read");
    }

    @Test
    void shouldRemoveChromeByEvidenceNotOnlyByList() {
        removes("Stay up to date with the latest news. Follow Gulf Ledger on WhatsApp Channels.");
        removes("Representative Image. Image Credit: ANI");
        removes("A resident wades through floodwater in Nairobi on March 3, 2024. REUTERS/Monicah Mwangi");
        removes("Copyright 2024 The Associated Press. All rights reserved. This material may not be published, "
                + "broadcast, rewritten or redistributed.");
        removes("Source: Associated Press");
        removes("2m read");
        removes("Prime Minister Anwar Ibrahim speaks to reporters in Putrajaya on Nov 27. PHOTO: REUTERS");
        removes("Residents queue for water in Harare. Photo: Collected");
        removes("Image: Boris Roessler/dpa/picture alliance");
        removes("Commuters at the station in Mumbai. (Express Photo by Amit Chakravarty)");
        removes("FILE - A firefighter watches flames advance on a ridge above Ventura, Calif., on Nov. 28, 2026. "
                + "(AP Photo/Noah Berger, File)");
        removes("A gas station in Karachi. — Reuters/File");
        removes("Fishermen pull a boat ashore in Dakar. © Seyllou, AFP");
    }

    @Test
    void shouldTakeTheWholeTailAfterTheAgencyCredit() {
        Draft draft = new Draft("H", List.of(STORY, "The talks end on Friday. (ANI)",
                "Comments are moderated and generally will be posted if they are on-topic and not abusive."));
        new PageChromeRule().apply(draft);
        assertEquals(List.of(STORY, "The talks end on Friday. (ANI)"), draft.paragraphs());
    }

    @Test
    void shouldNotTakeAPhotoCreditUnderAPictureForTheStorysEnd() {
        for (String caption : List.of("Patients queue at a clinic in Harare. (Photo by JEKESAI NJIKIZANA / AFP)",
                "The ferry at its terminal. (Darren Calabrese/The Canadian Press)")) {
            List<String> story = List.of(STORY, caption, "Officials say the outbreak began in October.",
                    "More than 40 cases were confirmed last week, the health ministry said.",
                    "Schools will stay open while health workers visit every district, the ministry said.");
            Draft draft = new Draft("H", story);
            new PageChromeRule().apply(draft);
            assertEquals(story.subList(2, 5), draft.paragraphs().subList(draft.paragraphs().size() - 3,
                    draft.paragraphs().size()), caption);
        }
    }

    @Test
    void shouldKeepAShortParagraphBetweenTwoGoodOnes() {
        String lead = "The council met on Monday and agreed to repair the bridge, which has been closed since a "
                + "flood damaged its supports in January, officials said.";
        String tail = "Work is expected to start in April and to take about six months, according to the council's plan.";
        Draft draft = new Draft("H", List.of(lead, "Lesotho v Malawi", tail));
        new PageChromeRule().apply(draft);
        assertEquals(List.of(lead, "Lesotho v Malawi", tail), draft.paragraphs());
    }

    @Test
    void shouldNeverThrowNorEmptyALoneParagraphOnRandomInput() {
        Random random = new Random(11L);
        String[] words = {"Share", "Follow", "us", "on", "app", "Download", "the", "|", "»", "@x", "#tag", "www.x.com",
                "said", "\"", ".", ":", "Image", "Credit:", "REUTERS/Jo", "Doe", "(ANI)", "©", "2024", "you", "your"};
        for (int i = 0; i < 3000; i++) {
            List<String> paragraphs = new java.util.ArrayList<>();
            for (int n = random.nextInt(8); n >= 0; n--) {
                StringBuilder s = new StringBuilder("x");
                for (int k = random.nextInt(30); k > 0; k--) {
                    s.append(' ').append(random.nextInt(12) == 0 ? String.valueOf((char) random.nextInt(0x3000))
                            : words[random.nextInt(words.length)]);
                }
                paragraphs.add(s.toString());
            }
            Draft draft = new Draft("H", paragraphs);
            new PageChromeRule().apply(draft);
            if (paragraphs.size() == 1) {
                assertEquals(1, draft.paragraphs().size() + draft.removals().stream()
                        .filter(r -> r.score() >= 0.8).count());
            }
        }
    }

    @Test
    void shouldKeepRealSentencesWithChromeWords() {
        keeps("The city council voted to open a new app store for local businesses.");
        keeps("Share prices fell 3 percent.");
        keeps("Comments were made by the minister after the meeting.");
        keeps("Follow us on this journey, the mayor told the crowd at the rally in the city centre on Monday.");
        keeps("Trending topics on social media included the election.");
        keeps("Subscribers will pay more from January, the company said.");
        keeps("The photo agency said it had filed a complaint with the police on Monday over the stolen images.");
        keeps("Police said the suspect was caught on camera, and a photo of him was released to the public.");
        keeps("The bigger picture: inflation is falling faster than anyone expected, economists said.");
        keeps("The museum showed the painting (a picture by Vermeer) to visitors for the first time in a decade.");
    }
}
