package io.crmsync.connection;

import io.crmsync.base.ExternalSystem;
import io.crmsync.connection.ConnectionChangeRejected.Field;
import io.crmsync.connection.internal.ActiveConnectionSettings;
import io.crmsync.connection.internal.ConnectionRepository;
import io.crmsync.connection.internal.ConnectionRules;
import io.crmsync.connection.internal.ConnectionTexts;
import io.crmsync.connection.internal.IdentityProbe;
import io.crmsync.connection.internal.SecretCipher;
import io.crmsync.connection.internal.StoredConnection;
import io.crmsync.security.AppRoles;
import io.crmsync.security.AuditAction;
import io.crmsync.security.AuditLog;
import io.crmsync.spi.ConnectionChanged;
import io.crmsync.spi.ConnectionSettings;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How crmsync reaches each CRM. Anyone may read a summary without secrets; only Admins save or
 * test. Tests reach the CRM outside any database transaction. Saving settings that reach another
 * org or portal than the one crmsync's links belong to needs an explicit confirmation.
 */
@Service
public class ConnectionService {

    private static final Logger log = LoggerFactory.getLogger(ConnectionService.class);
    private static final String NO_SANDBOX =
            "The built-in sandboxes do not run in this installation: connect a real account.";

    private final ConnectionRepository connections;
    private final SecretCipher cipher;
    private final ActiveConnectionSettings active;
    private final IdentityProbe probe;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    ConnectionService(
            ConnectionRepository connections,
            SecretCipher cipher,
            ActiveConnectionSettings active,
            IdentityProbe probe,
            AuditLog audit,
            Clock clock,
            TransactionTemplate tx,
            ApplicationEventPublisher events) {
        this.connections = connections;
        this.cipher = cipher;
        this.active = active;
        this.probe = probe;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
        this.events = events;
    }

    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public List<ConnectionSummary> summaries() {
        return Arrays.stream(ExternalSystem.values()).map(this::summaryOf).toList();
    }

    @PreAuthorize(AppRoles.IS_ANY_ROLE)
    @Transactional(readOnly = true)
    public ConnectionSummary summary(ExternalSystem system) {
        return summaryOf(system);
    }

    /**
     * Saves the settings. When they may reach another account than the linked one, crmsync first
     * asks the CRM who it is; another account, or an answer that cannot be had, is refused with
     * {@link Field#ACCOUNT_SWITCH} unless {@code confirmSwitch} is set.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    public ConnectionSummary save(ConnectionForm form, boolean confirmSwitch) {
        requireSandboxWhenChosen(form);
        StoredConnection saved = connections.find(form.system()).orElse(null);
        StoredConnection next = ConnectionRules.apply(form, saved, cipher);
        String linked = saved == null ? null : saved.linkedAccountId();
        ConnectionTestResult reached = null;
        if (linked != null && ConnectionRules.targetChanged(saved, next)) {
            reached = identify(next);
            boolean same = reached.ok() && linked.equals(reached.accountId());
            if (!same && !confirmSwitch) {
                throw new ConnectionChangeRejected(
                        Field.ACCOUNT_SWITCH, ConnectionTexts.switchMessage(form, linked, reached));
            }
            next =
                    ConnectionRules.withLinkedAccount(
                            next, reached.ok() ? reached.accountId() : null);
        }
        ConnectionTestResult result = reached;
        StoredConnection toStore = next;
        boolean switched = linked != null && !linked.equals(next.linkedAccountId());
        tx.executeWithoutResult(
                status -> {
                    StoredConnection before = connections.lock(form.system()).orElse(null);
                    connections.save(toStore, clock.instant(), actor());
                    if (result != null) {
                        connections.saveTest(form.system(), result, toStore.linkedAccountId());
                    }
                    audit.change(
                            AuditAction.CONNECTION_CHANGED,
                            form.system().label(),
                            before == null ? null : ConnectionTexts.state(before),
                            ConnectionTexts.changes(toStore, form, switched));
                });
        events.publishEvent(new ConnectionChanged(form.system()));
        log.info(
                "Saved the {} connection: {}, {}, {}",
                form.system().label(),
                next.mode(),
                next.flow(),
                next.baseUrl());
        return summary(form.system());
    }

    /** Tests the saved settings and keeps the result. */
    @PreAuthorize(AppRoles.IS_ADMIN)
    public ConnectionTestResult testSaved(ExternalSystem system) {
        ConnectionTestResult result =
                connections
                        .find(system)
                        .map(this::identify)
                        .orElseGet(
                                () ->
                                        active.sandbox(system)
                                                .map(probe::identify)
                                                .orElseGet(() -> notConnected(system)));
        record(system, result);
        return result;
    }

    /**
     * Tests what the form holds (with saved secrets for empty fields). The result is kept when the
     * form matches the saved settings.
     */
    @PreAuthorize(AppRoles.IS_ADMIN)
    public ConnectionTestResult test(ConnectionForm form) {
        requireSandboxWhenChosen(form);
        StoredConnection saved = connections.find(form.system()).orElse(null);
        StoredConnection next = ConnectionRules.apply(form, saved, cipher);
        ConnectionTestResult result = identify(next);
        if (!ConnectionRules.targetChanged(saved, next)) {
            record(form.system(), result);
        }
        return result;
    }

    private void record(ExternalSystem system, ConnectionTestResult result) {
        tx.executeWithoutResult(
                status -> {
                    StoredConnection row =
                            connections
                                    .lock(system)
                                    .orElseGet(
                                            () -> {
                                                StoredConnection sandbox =
                                                        ConnectionRules.apply(
                                                                new ConnectionForm(
                                                                        system,
                                                                        ConnectionMode.SANDBOX,
                                                                        null,
                                                                        null,
                                                                        null,
                                                                        null,
                                                                        null,
                                                                        null),
                                                                null,
                                                                cipher);
                                                connections.save(sandbox, clock.instant(), actor());
                                                return sandbox;
                                            });
                    String linked = row.linkedAccountId();
                    if (linked == null && result.ok()) {
                        linked = result.accountId();
                    }
                    connections.saveTest(system, result, linked);
                });
        events.publishEvent(new ConnectionChanged(system));
        log.info(
                "Tested the {} connection: {}",
                system.label(),
                result.ok() ? "reached " + result.accountId() : result.message());
    }

    private ConnectionTestResult identify(StoredConnection c) {
        ConnectionSettings settings;
        try {
            settings = settingsOf(c);
        } catch (IllegalStateException unreadable) {
            return new ConnectionTestResult(
                    false, unreadable.getMessage(), null, null, null, null, clock.instant(), null);
        }
        return probe.identify(settings);
    }

    private ConnectionSettings settingsOf(StoredConnection c) {
        if (c.mode() == ConnectionMode.REAL) {
            return active.real(c);
        }
        return active.sandbox(c.system()).orElseThrow(() -> new IllegalStateException(NO_SANDBOX));
    }

    private void requireSandboxWhenChosen(ConnectionForm form) {
        if (form.mode() == ConnectionMode.SANDBOX && !active.sandboxAvailable()) {
            throw new ConnectionChangeRejected(Field.MODE, NO_SANDBOX);
        }
    }

    private ConnectionTestResult notConnected(ExternalSystem system) {
        return new ConnectionTestResult(
                false,
                system.label() + " is not connected yet: enter its account and save.",
                null,
                null,
                null,
                null,
                clock.instant(),
                null);
    }

    private ConnectionSummary summaryOf(ExternalSystem system) {
        return ConnectionTexts.summary(
                system,
                connections.find(system).orElse(null),
                active.sandbox(system).map(ConnectionSettings::baseUrl).orElse(null));
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? AuditLog.SYSTEM : auth.getName();
    }
}
