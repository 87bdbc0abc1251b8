package io.crmsync.sync.engine;

import io.crmsync.settings.ContactMappingService;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.SyncRule;
import io.crmsync.testsupport.TestAccounts;

/** Sets a contact mapping's rule as an admin would, for engine scenario tests. */
final class MappingRuleFixture {

    private MappingRuleFixture() {}

    static void rule(ContactMappingService mappings, String property, SyncRule rule) {
        TestAccounts.asAdmin(
                () -> {
                    FieldMapping m = mapping(mappings, property);
                    if (m.rule() != rule) {
                        mappings.save(
                                new FieldMapping(
                                        m.id(),
                                        m.hubSpotProperty(),
                                        m.salesforceField(),
                                        rule,
                                        m.defaultMapping(),
                                        m.translations()));
                    }
                });
    }

    static FieldMapping mapping(ContactMappingService mappings, String property) {
        return mappings.mappings().stream()
                .filter(x -> x.hubSpotProperty().equals(property))
                .findFirst()
                .orElseThrow();
    }
}
