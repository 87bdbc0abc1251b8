package io.crmsync.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.crmsync.testsupport.CrmsyncIntegrationTest;
import io.crmsync.testsupport.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The tabs of the objects to come say what each will do, that it is not there yet, and no more. */
@CrmsyncIntegrationTest
@WithMockUser(username = TestAccounts.ADMIN, roles = "ADMIN")
class PlannedObjectViewIT extends SpringBrowserlessTest {

    @Test
    void eachObjectToComeSaysWhatItWillDoAndOffersNoControl() {
        Map<String, String> objects =
                Map.of(
                        "tickets", "Ticket sync is not available yet.",
                        "activities", "Activity sync is not available yet.",
                        "custom-objects", "Custom object sync is not available yet.");
        objects.forEach(
                (object, notYet) -> {
                    UI.getCurrent().navigate("integration/" + object);
                    PlannedObjectView view = $(PlannedObjectView.class).single();

                    assertThat(view.plan.getText()).as(object).endsWith(notYet);
                    assertThat(view.getElement().getTextRecursively())
                            .as(object)
                            .contains("Not available yet");
                    assertThat(view.getPageTitle()).startsWith(view.title.getText());
                    assertThat($(AbstractField.class, view).all()).as(object).isEmpty();
                    assertThat($(Button.class, view).all()).as(object).isEmpty();
                });
    }
}
