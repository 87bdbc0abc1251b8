package io.crmsync.health.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import io.crmsync.base.ExternalSystem;
import io.crmsync.health.SyncPace;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Lag and throughput of each direction of the sync, as two small gauges per direction. */
class HealthPace extends Composite<FlexLayout> {

    static final String QUIET = "No changes in the last 15 minutes";
    static final String LAG_LABEL = "Lag, 95th percentile, last 15 minutes";
    static final String RATE_LABEL = "Throughput, last 5 minutes";

    /** By the side the changes come from. */
    final Map<ExternalSystem, Direction> directions = new EnumMap<>(ExternalSystem.class);

    HealthPace() {
        FlexLayout root = getContent();
        root.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        root.addClassName("health-pace");
        for (ExternalSystem source : ExternalSystem.values()) {
            Direction direction = new Direction(source);
            directions.put(source, direction);
            root.add(direction);
        }
    }

    void show(List<SyncPace> pace) {
        pace.forEach(p -> directions.get(p.source()).show(p));
    }

    static final class Direction extends Div {

        final Gauge lag = new Gauge(LAG_LABEL);
        final Gauge rate = new Gauge(RATE_LABEL);
        private final String name;

        Direction(ExternalSystem source) {
            name = source.label() + " → " + source.other().label();
            addClassName("health-pace-direction");
            add(new H3(name), lag, rate);
            show(new SyncPace(source, source.other(), null, 0, 0, true));
        }

        void show(SyncPace pace) {
            if (pace.quiet()) {
                lag.show(QUIET, "", null, HealthGauge.Level.NEUTRAL);
                rate.show(QUIET, "", null, HealthGauge.Level.NEUTRAL);
                return;
            }
            if (pace.lag() == null) {
                lag.show(
                        QUIET,
                        "Only initial-sync or resync records were written.",
                        null,
                        HealthGauge.Level.NEUTRAL);
            } else {
                long seconds = pace.lag().toSeconds();
                lag.show(
                        duration(pace.lag()),
                        "95 %% of %,d %s written within it"
                                .formatted(
                                        pace.changes(), pace.changes() == 1 ? "change" : "changes"),
                        Math.log10(1 + pace.lag().toMillis() / 1000.0) / Math.log10(3601),
                        seconds <= 60
                                ? HealthGauge.Level.GOOD
                                : seconds <= 300 ? HealthGauge.Level.WATCH : HealthGauge.Level.BAD);
            }
            double perMinute = pace.recordsPerMinute();
            double scale = 10;
            while (scale < perMinute) {
                scale *= 10;
            }
            rate.show(
                    rate(perMinute),
                    "Records written to %s; scale %,d a minute"
                            .formatted(pace.target().label(), (long) scale),
                    perMinute / scale,
                    HealthGauge.Level.NEUTRAL);
        }

        String name() {
            return name;
        }

        final class Gauge extends Div {

            final Span label = new Span();
            final Span figure = new Span();
            final Span note = new Span();
            final Div dial = new Div();
            String svg = "";

            Gauge(String text) {
                addClassName("health-gauge");
                label.setText(text);
                label.addClassName("health-gauge-label");
                figure.addClassName("health-gauge-figure");
                note.addClassName("health-gauge-note");
                add(dial, label, figure, note);
            }

            void show(String value, String detail, Double share, HealthGauge.Level level) {
                figure.setText(value);
                note.setText(detail);
                note.setVisible(!detail.isEmpty());
                String next =
                        HealthGauge.svg(name + ", " + label.getText() + ": " + value, share, level);
                if (!next.equals(svg)) {
                    svg = next;
                    dial.removeAll();
                    dial.add(new Html(svg));
                }
            }
        }
    }

    static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms < 10_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return "%d min %d s".formatted(s / 60, s % 60);
        }
        return "%d h %d min".formatted(s / 3600, s % 3600 / 60);
    }

    static String rate(double perMinute) {
        String figure =
                perMinute < 10
                        ? String.format(Locale.ROOT, "%.1f", perMinute)
                        : "%,d".formatted(Math.round(perMinute));
        return figure + " records a minute";
    }
}
