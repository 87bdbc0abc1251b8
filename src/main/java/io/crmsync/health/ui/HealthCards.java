package io.crmsync.health.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import io.crmsync.health.ErrorCard;
import io.crmsync.spi.ErrorType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** S3: one card per error type with its current errors and impacted records; click to open. */
class HealthCards extends Composite<FlexLayout> {

    final Map<ErrorType, Card> cards = new EnumMap<>(ErrorType.class);

    HealthCards(Consumer<ErrorType> open) {
        FlexLayout root = getContent();
        root.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        root.addClassName("health-cards");
        root.getStyle().set("gap", "var(--lumo-space-m)");
        for (ErrorType type : ErrorType.values()) {
            Card card = new Card(type);
            card.addClickListener(click -> open.accept(type));
            cards.put(type, card);
            root.add(card);
        }
    }

    void show(List<ErrorCard> counts) {
        counts.forEach(c -> cards.get(c.type()).show(c));
    }

    void select(ErrorType type) {
        cards.forEach((t, card) -> card.setClassName("selected", t == type));
    }

    static final class Card extends Div {

        final Span errors = new Span();
        final Span records = new Span();

        Card(ErrorType type) {
            addClassName("health-card");
            getElement().setAttribute("role", "button");
            getElement().setAttribute("tabindex", "0");
            getStyle()
                    .set("cursor", "pointer")
                    .set("padding", "var(--lumo-space-m)")
                    .set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-l)")
                    .set("min-width", "11rem");
            H3 title = new H3(type.label());
            Div counts = new Div(errors, new Div(), records);
            add(title, counts);
            show(new ErrorCard(type, 0, 0));
        }

        void show(ErrorCard card) {
            errors.setText(
                    "%,d %s".formatted(card.errors(), card.errors() == 1 ? "error" : "errors"));
            records.setText(
                    "%,d impacted %s"
                            .formatted(card.records(), card.records() == 1 ? "record" : "records"));
            getElement().setAttribute("aria-label", card.label() + ": " + errors.getText());
        }
    }
}
