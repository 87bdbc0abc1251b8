package io.crmsync.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.crmsync.sync.SyncControlService;

/**
 * After a mapping change, which does not backfill by itself (PRODUCT.md S14): asks whether to
 * resync every contact now, so that existing records follow the new mapping.
 */
class ContactResyncDialog extends Dialog {

    static final String NO_BACKFILL_DETAIL =
            "A mapping change does not fill in the values of existing records by itself: it"
                    + " applies to records as they change. A resync applies it to every existing"
                    + " contact and lead now, with API calls on both sides.";

    final Button resync = new Button("Resync the contacts now");
    final Button later = new Button("Not now");

    ContactResyncDialog(SyncControlService sync, String saved) {
        setHeaderTitle("Resync the contacts now?");
        add(new Paragraph(saved), new Paragraph(NO_BACKFILL_DETAIL));
        setWidth("32rem");
        resync.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resync.addClickListener(
                click -> {
                    close();
                    ContactResync.start(sync);
                });
        later.addClickListener(click -> close());
        getFooter().add(later, resync);
    }
}
