package io.crmsync.health.ui;

import io.crmsync.budget.HourlyCalls;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Calls per hour over the last 24 hours as a server-drawn SVG bar chart; each bar's {@code <title>}
 * shows its hour and count when hovered. No chart library or frontend bundle needed.
 */
final class HealthChart {

    static final int WIDTH = 480;
    static final int HEIGHT = 120;
    private static final int AXIS = 16;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private HealthChart() {}

    static String svg(String caption, List<HourlyCalls> hours, ZoneId zone) {
        long max = Math.max(1, hours.stream().mapToLong(HourlyCalls::calls).max().orElse(0));
        double slot = (double) WIDTH / Math.max(1, hours.size());
        double barWidth = Math.max(1, slot - 2);
        int plot = HEIGHT - AXIS;
        StringBuilder svg = new StringBuilder();
        svg.append(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"health-chart\" role=\"img\""
                        + " viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\"><title>%s</title>"
                                .formatted(WIDTH, HEIGHT, WIDTH, HEIGHT, escape(caption)));
        for (int i = 0; i < hours.size(); i++) {
            HourlyCalls hour = hours.get(i);
            double h = hour.calls() == 0 ? 0 : Math.max(1, (double) hour.calls() * plot / max);
            String from = HOUR.format(hour.hour().atZone(zone));
            String to = HOUR.format(hour.hour().plusSeconds(3600).atZone(zone));
            svg.append(
                    "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                                    .formatted(i * slot + 1, plot - h, barWidth, h)
                            + " fill=\"var(--lumo-primary-color, #1676f3)\">"
                            + "<title>%s–%s: %,d calls</title></rect>"
                                    .formatted(from, to, hour.calls()));
            // an invisible full-height target so that an hour with few calls is easy to hover
            svg.append(
                    "<rect x=\"%.1f\" y=\"0\" width=\"%.1f\" height=\"%d\" fill=\"transparent\">"
                                    .formatted(i * slot, slot, plot)
                            + "<title>%s–%s: %,d calls</title></rect>"
                                    .formatted(from, to, hour.calls()));
            if (i % 6 == 0) {
                svg.append(
                        "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"currentColor\">%s</text>"
                                .formatted(i * slot + 1, HEIGHT - 3, from));
            }
        }
        svg.append(
                "<text x=\"%d\" y=\"10\" font-size=\"10\" text-anchor=\"end\" fill=\"currentColor\">max %,d/h</text>"
                        .formatted(WIDTH - 2, max));
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
