package org.minsheng.base;

/**
 * Text put into markup the server writes as one string (a static table sent as innerHTML, a
 * sparkline, an SVG chart): names and numbers come from the database and must never be read as tags
 * or end an attribute.
 */
public final class HtmlText {

    private HtmlText() {}

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
