package org.contactexport.notification.notify;

import org.springframework.web.util.HtmlUtils;

/** The simple HTML alternative of every email: paragraphs and links, values escaped. */
final class EmailHtml {

    private EmailHtml() {
    }

    /** Paragraphs whose values the caller already escaped. */
    static String paragraphs(String... paragraphs) {
        StringBuilder html = new StringBuilder("<html><body>");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    static String link(String url, String label) {
        return "<a href=\"" + escape(url) + "\">" + escape(label) + "</a>";
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
