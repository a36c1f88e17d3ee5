package io.wirestream.extract;

import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;

import java.util.List;

/** Test articles built by hand. */
final class Articles {

    private Articles() {
    }

    static Article of(String headline, String... paragraphs) {
        return withId("t-1", headline, List.of(paragraphs));
    }

    static Article withId(String id, String headline, List<String> paragraphs) {
        return article(id, null, headline, null, paragraphs, null);
    }

    /** The seed sample, without the page chrome, disclaimer and related stories. */
    static Article tokyoEmbassy() {
        return article("ani-tokyo-embassy", "ANI",
                "Russian Embassy in Japan says Tokyo's position on Ukraine's issue counterproductive",
                "By ANI", List.of(
                "The Russian Embassy in Japan on Saturday that Tokyo's position toward Russia in the context of"
                        + " the situation around Ukraine was inadmissible and counterproductive, citing recent talks"
                        + " between Washington and Tokyo.",
                "On Friday, US President Joe Biden and Japanese Prime Minister Fumio Kishida held a virtual meeting"
                        + " and discussed, in particular, \"the challenges that Russia is presenting to Ukraine\" and"
                        + " agreed to stay in close contact on developments in Ukraine, according to the White House.",
                "\"We were puzzled to read reports that at yesterday's Japan-US summit, the Japanese side tried to"
                        + " threaten Russia with some 'strong actions,' the ones 'coordinated with the US and other"
                        + " allies and partners,' in the Ukrainian context,\" the Russian embassy said on Facebook.",
                "Obviously, those statements are unacceptable, senseless, and counterproductive for the"
                        + " Russian-Japanese relations and the dialogue between the nations, the embassy added.",
                "\"We would sincerely advise our Japanese colleagues to read into the text of Russian initiatives on"
                        + " mutual security guarantees with the US and NATO, as well as to assess impartially the"
                        + " aggressive activities of the North Atlantic alliance in its eastward expansion toward"
                        + " Russian borders and military territorial development of Russia's neighbor Ukraine,\" the"
                        + " embassy said.",
                "Russia has repeatedly rejected accusations of the West and Kiev of alleged military build-up and"
                        + " preparations for invading Ukraine. The allegations might be used as a pretext for"
                        + " deployment more NATO military equipment near Russian borders, according to Moscow.",
                "In late 2021, Russia presented draft proposals on security guarantees in Europe to the United"
                        + " States and NATO. On January 10, Russia and the US held strategic stability talks in"
                        + " Geneva, followed by a meeting of the NATO-Russia Council in Brussels on January 12, and"
                        + " the Organization for Security and Cooperation in Europe talks in Vienna the next day."
                        + " Russia-Ukraine relations were high on the agenda during talks. (ANI/Sputnik)",
                "( With inputs from ANI )"),
                "ANI/Sputnik");
    }

    private static Article article(String id, String agency, String headline, String byline,
                                   List<String> paragraphs, String credit) {
        FeedItem item = new FeedItem(id, agency, headline, byline, null, paragraphs, null, null, null, null,
                null, null, FeedItem.SourceFormat.TEXT);
        return Article.cleaned(item, paragraphs, headline, credit, List.of());
    }
}
