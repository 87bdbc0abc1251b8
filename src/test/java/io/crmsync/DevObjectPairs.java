package io.crmsync;

import io.crmsync.settings.CompanySettingsService;
import io.crmsync.settings.DealSettingsService;
import io.crmsync.sync.settings.SettingsStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The run command turns on every object pair once, on its first start, so that the demo data shows
 * them all syncing: turned on while the initial sync reads, companies and deals are part of it. An
 * admin's later choice stands: a pair turned off stays off across restarts. The packaged
 * application starts with every pair but contacts off.
 */
class DevObjectPairs implements ApplicationListener<ApplicationReadyEvent> {

    static final String ACTOR = "run-command";

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ApplicationContext context = event.getApplicationContext();
        SettingsStore store = context.getBean(SettingsStore.class);
        if (store.companySyncEnabledAt().isPresent() || store.dealSyncEnabledAt().isPresent()) {
            return;
        }
        CompanySettingsService companies = context.getBean(CompanySettingsService.class);
        DealSettingsService deals = context.getBean(DealSettingsService.class);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext admin = SecurityContextHolder.createEmptyContext();
        admin.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(
                        ACTOR, null, java.util.List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(admin);
        try {
            var current = companies.current();
            companies.save(current.settings().withSyncEnabled(true), current.version());
            var dealSettings = deals.current();
            deals.save(dealSettings.settings().withSyncEnabled(true), dealSettings.version());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
