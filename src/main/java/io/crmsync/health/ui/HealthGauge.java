package io.crmsync.health.ui;

import java.util.Locale;

/**
 * A half-circle gauge as a server-drawn SVG: a grey track and, over it, an arc as long as the
 * value's share of the scale, in the colour of its level. The figure and its label are HTML text
 * next to it (see {@link HealthPace}), so the drawing itself is hidden from screen readers.
 */
final class HealthGauge {

    /** Whether a value is fine, worth a look, or bad; it picks the arc's colour. */
    enum Level {
        GOOD("var(--lumo-success-color, #2a9d5c)"),
        WATCH("var(--lumo-warning-color, #e8a317)"),
        BAD("var(--lumo-error-color, #e0303a)"),
        NEUTRAL("var(--lumo-primary-color, #1676f3)");

        final String colour;

        Level(String colour) {
            this.colour = colour;
        }
    }

    static final int WIDTH = 160;
    static final int HEIGHT = 90;
    private static final double CX = 80;
    private static final double CY = 82;
    private static final double R = 64;

    private HealthGauge() {}

    /**
     * @param share how much of the scale the value fills, from 0 to 1; null draws the empty track
     */
    static String svg(String title, Double share, Level level) {
        StringBuilder svg = new StringBuilder();
        svg.append(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"health-gauge-dial\""
                        + " aria-hidden=\"true\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">"
                                .formatted(WIDTH, HEIGHT, WIDTH * 2 / 3, HEIGHT * 2 / 3)
                        + "<title>"
                        + escape(title)
                        + "</title>");
        svg.append(arc("track", 1, "var(--lumo-contrast-10pct, #e6e8eb)"));
        if (share != null && share > 0) {
            svg.append(arc("value", Math.min(1, share), level.colour));
        }
        return svg.append("</svg>").toString();
    }

    private static String arc(String cssClass, double share, String colour) {
        double angle = Math.PI * (1 - share);
        double x = CX + R * Math.cos(angle);
        double y = CY - R * Math.sin(angle);
        return String.format(
                Locale.ROOT,
                "<path class=\"%s\" d=\"M %.1f %.1f A %.1f %.1f 0 0 1 %.1f %.1f\" fill=\"none\""
                        + " stroke=\"%s\" stroke-width=\"14\"/>",
                cssClass,
                CX - R,
                CY,
                R,
                R,
                x,
                y,
                colour);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
