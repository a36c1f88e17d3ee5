package io.wirestream.clean;

import io.wirestream.text.Chrome;
import java.util.List;

/** Removes whole paragraphs that are listed portal chrome ("Open in App", "Epaper", "Follow us on ..."). */
public final class PageChromeRule extends ParagraphFilter {

    private static final Chrome CHROME = Chrome.standard();

    @Override
    public String name() {
        return "page-chrome";
    }

    @Override
    protected Cut judge(List<String> paragraphs, int index) {
        return isChrome(paragraphs.get(index)) ? Cut.whole(1.0) : Cut.KEEP;
    }

    static boolean isChrome(String paragraph) {
        return CHROME.isLine(paragraph);
    }
}
