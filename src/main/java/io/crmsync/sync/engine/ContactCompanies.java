package io.crmsync.sync.engine;

import io.crmsync.base.ExternalSystem;
import io.crmsync.spi.ConnectorException;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.ErrorType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The contact ⇄ account association of S9, as the contacts pair's association rules: a new
 * Salesforce contact gets its HubSpot primary company's account, a moved contact follows its new
 * company, and a Salesforce contact's account becomes its HubSpot contact's primary company. The
 * field state {@code associatedcompanyid} remembers both sides, so that echoes are recognised.
 */
@Component
class ContactCompanies {

    private static final String RULE = "COMPANY_ASSOCIATION";
    private static final String MOVE_FAILED =
            "The contact synced, but its new HubSpot company could not be given to its Salesforce"
                    + " contact: ";

    private final CompanySync companies;
    private final PairWriter writer;
    private final Clock clock;

    ContactCompanies(CompanySync companies, PairWriter writer, Clock clock) {
        this.companies = companies;
        this.writer = writer;
        this.clock = clock;
    }

    /** HubSpot → Salesforce: the accounts to write with the contacts. */
    void beforeWrite(PairPlan plan, BatchOutcome out) {
        List<PairItem> newLinks = new ArrayList<>(plan.creates);
        newLinks.addAll(plan.matched);
        setAccounts(plan, newLinks, out);
        List<PairItem> moving =
                plan.linked.stream()
                        .filter(p -> PairSchema.CONTACT.equals(p.targetType))
                        .filter(p -> p.record.fields().containsKey(PairSchema.PRIMARY_COMPANY))
                        .toList();
        followCompanies(plan, moving, out);
    }

    /**
     * A new Salesforce contact gets the account of its HubSpot primary company (the contact's
     * {@code associatedcompanyid}, read with it, so no extra call), found through the company's
     * other contacts or created; a matched contact keeps the account it has.
     */
    private void setAccounts(PairPlan plan, List<PairItem> newLinks, BatchOutcome out) {
        List<PairItem> needing =
                newLinks.stream()
                        .filter(p -> PairSchema.CONTACT.equals(p.targetType))
                        .filter(
                                p ->
                                        p.matched == null
                                                || p.matched.fields().get("AccountId") == null)
                        .toList();
        if (needing.isEmpty()) {
            return;
        }
        Map<String, String> primaryCompanies = new HashMap<>();
        List<String> unread = new ArrayList<>();
        for (PairItem p : needing) {
            Map<String, Object> fields = p.record.fields();
            if (fields.containsKey(PairSchema.PRIMARY_COMPANY)) {
                primaryCompanies.put(
                        p.sourceId(),
                        Objects.toString(fields.get(PairSchema.PRIMARY_COMPANY), null));
            } else {
                unread.add(p.sourceId());
            }
        }
        Map<String, String> accounts;
        try {
            accounts = companies.accountsForHubSpotContacts(primaryCompanies, unread);
        } catch (ConnectorException e) {
            needing.forEach(
                    p ->
                            out.errors.add(
                                    companyError(
                                            plan,
                                            p,
                                            "The contact's company could not be found or created"
                                                    + " in Salesforce: "
                                                    + e.failure().message())));
            return;
        }
        for (PairItem p : needing) {
            String account = accounts.get(p.sourceId());
            if (account != null) {
                p.values.toWrite().put("AccountId", account);
                p.values
                        .fieldWrites()
                        .add(companyState(p, primaryCompanies.get(p.sourceId()), account));
            }
        }
    }

    /**
     * A HubSpot contact whose primary company changed moves its Salesforce contact to that
     * company's account, found or created. A contact whose company was removed, or whose company
     * was never seen before, keeps its account; the new company is remembered.
     */
    private void followCompanies(PairPlan plan, List<PairItem> linked, BatchOutcome out) {
        Map<String, String> changed = new LinkedHashMap<>();
        List<PairItem> moving = new ArrayList<>();
        for (PairItem p : linked) {
            String company = blankToNull(p.record.fields().get(PairSchema.PRIMARY_COMPANY));
            FieldState state = p.states.get(CompanySync.ACCOUNT_STATE);
            String known = state == null ? null : state.hubSpotValue();
            // States written before companies were followed hold the account id on both sides.
            boolean knownCompany = known != null && known.chars().allMatch(Character::isDigit);
            if (knownCompany && Objects.equals(known, company)) {
                continue;
            }
            if (!knownCompany || company == null) {
                p.values.fieldWrites().add(observedCompany(p, company, state));
                continue;
            }
            changed.put(p.sourceId(), company);
            moving.add(p);
        }
        if (changed.isEmpty()) {
            return;
        }
        Map<String, String> accounts;
        try {
            accounts = companies.accountsForHubSpotContacts(changed, List.of());
        } catch (ConnectorException e) {
            moving.forEach(
                    p ->
                            out.errors.add(
                                    companyError(plan, p, MOVE_FAILED + e.failure().message())));
            return;
        }
        for (PairItem p : moving) {
            String company = changed.get(p.sourceId());
            FieldState state = p.states.get(CompanySync.ACCOUNT_STATE);
            String account = accounts.get(p.sourceId());
            if (account == null) {
                out.errors.add(
                        companyError(
                                plan,
                                p,
                                MOVE_FAILED + "its account could not be found or created."));
            } else if (state != null && account.equals(state.salesforceValue())) {
                p.values.fieldWrites().add(observedCompany(p, company, state));
            } else {
                p.values.toWrite().put("AccountId", account);
                p.values.fieldWrites().add(companyState(p, company, account));
            }
        }
    }

    /**
     * Salesforce → HubSpot: each contact's account's company becomes its HubSpot contact's primary
     * company, for linked contacts whose account changed and for new ones with an account.
     */
    void afterWrite(PairPlan plan, BatchOutcome out, Long runId) {
        Map<String, PairItem> byId = new LinkedHashMap<>();
        List<CompanySync.ContactAccount> accounts = new ArrayList<>();
        for (PairItem p : plan.linked) {
            if (accountChanged(p.record, p.states)) {
                accounts.add(
                        new CompanySync.ContactAccount(
                                p.link.hubSpotId(), p.sourceId(), account(p.record)));
                byId.put(p.sourceId(), p);
            }
        }
        for (PairItem p : plan.created) {
            if (account(p.record) != null) {
                accounts.add(
                        new CompanySync.ContactAccount(
                                p.targetId, p.sourceId(), account(p.record)));
                byId.put(p.sourceId(), p);
            }
        }
        if (accounts.isEmpty()) {
            return;
        }
        Map<String, String> failures;
        Map<String, String> companyOf;
        try {
            CompanySync.Associated associated = companies.associateFromSalesforce(accounts);
            failures = associated.failures();
            companyOf = associated.companies();
        } catch (ConnectorException e) {
            failures = new HashMap<>();
            companyOf = Map.of();
            for (CompanySync.ContactAccount a : accounts) {
                failures.put(a.salesforceId(), e.failure().message());
            }
        }
        Instant now = clock.instant();
        for (CompanySync.ContactAccount a : accounts) {
            PairItem p = byId.get(a.salesforceId());
            String failure = failures.get(a.salesforceId());
            if (failure != null) {
                if (out.done.contains(p.item)) {
                    out.errors.add(
                            companyError(
                                    plan,
                                    p,
                                    "The contact synced, but its company could not be associated: "
                                            + failure));
                    out.synced.remove(a.salesforceId());
                }
                continue;
            }
            FieldWrite state =
                    new FieldWrite(
                            CompanySync.ACCOUNT_STATE,
                            companyOf.get(a.salesforceId()),
                            a.accountId(),
                            ExternalSystem.SALESFORCE,
                            p.record.modifiedAt() == null ? now : p.record.modifiedAt(),
                            RULE,
                            true);
            String salesforceId = a.salesforceId();
            out.linkChanges.add(
                    store -> {
                        Link link =
                                store.bySalesforceIds(LinkStore.CONTACT, List.of(salesforceId))
                                        .get(salesforceId);
                        if (link != null) {
                            store.recordSync(
                                    link.id(), ExternalSystem.HUBSPOT, List.of(state), runId, now);
                        }
                    });
        }
    }

    private static String account(CrmRecord record) {
        return blankToNull(record.fields().get("AccountId"));
    }

    private static boolean accountChanged(CrmRecord record, Map<String, FieldState> states) {
        String account = account(record);
        if (account == null) {
            return false;
        }
        FieldState state = states.get(CompanySync.ACCOUNT_STATE);
        return state == null || !account.equals(state.salesforceValue());
    }

    private static FieldWrite companyState(PairItem p, String company, String account) {
        return new FieldWrite(
                CompanySync.ACCOUNT_STATE,
                company,
                account,
                ExternalSystem.HUBSPOT,
                p.record.modifiedAt(),
                RULE,
                true);
    }

    /** The contact's company as seen in HubSpot, its account as it was: nothing is written. */
    private static FieldWrite observedCompany(PairItem p, String company, FieldState state) {
        return new FieldWrite(
                CompanySync.ACCOUNT_STATE,
                company,
                state == null ? null : state.salesforceValue(),
                state == null ? ExternalSystem.HUBSPOT : state.source(),
                state == null ? p.record.modifiedAt() : state.sourceModifiedAt(),
                RULE,
                false);
    }

    private RecordError companyError(PairPlan plan, PairItem p, String message) {
        return writer.error(
                plan,
                p,
                Failures.rejected(
                        ErrorType.ASSOCIATIONS,
                        "COMPANY_ASSOCIATION_FAILED",
                        message,
                        "AccountId"));
    }

    private static String blankToNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
