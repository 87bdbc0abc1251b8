package io.crmsync.sync.engine;

import static io.crmsync.sync.engine.CompanySync.ACCOUNT;
import static io.crmsync.sync.engine.CompanySync.ACCOUNT_ID_PROPERTY;
import static io.crmsync.sync.engine.CompanySync.HUBSPOT_TYPE;

import io.crmsync.connection.Connectors;
import io.crmsync.spi.CrmConnector;
import io.crmsync.spi.CrmRecord;
import io.crmsync.spi.PropertyCapable;
import io.crmsync.spi.RecordWrite;
import io.crmsync.spi.WriteOperation;
import io.crmsync.spi.WriteResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Creates the companies and accounts no contact led to, as upserts on the other side's id so that a
 * retry never makes a second one, and links them.
 */
@Component
class CompanyCreates {

    private final Connectors connectors;
    private final LinkStore links;
    private final Clock clock;
    private volatile boolean propertyReady;

    CompanyCreates(Connectors connectors, LinkStore links, Clock clock) {
        this.connectors = connectors;
        this.links = links;
        this.clock = clock;
    }

    Map<String, String> createCompanies(List<String> accounts) {
        CrmConnector hubSpot = connectors.hubSpot();
        ensureProperty(hubSpot);
        List<RecordWrite> writes = new ArrayList<>();
        for (CrmRecord account :
                connectors.salesforce().readByIds(ACCOUNT, accounts, List.of("Name", "Website"))) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("name", account.fields().get("Name"));
            String domain = domain(account.fields().get("Website"));
            if (domain != null) {
                values.put("domain", domain);
            }
            values.put(ACCOUNT_ID_PROPERTY, account.id());
            writes.add(new RecordWrite(account.id(), null, ACCOUNT_ID_PROPERTY, values));
        }
        Map<String, String> created = new HashMap<>();
        if (writes.isEmpty()) {
            return created;
        }
        List<WriteResult> results = hubSpot.write(HUBSPOT_TYPE, WriteOperation.UPSERT, writes);
        List<String> missing = new ArrayList<>();
        for (WriteResult r : results) {
            if (r.succeeded() && r.id() != null) {
                created.put(r.reference(), r.id());
                link(r.id(), r.reference());
            } else if (r.succeeded()) {
                missing.add(r.reference());
            }
        }
        if (!missing.isEmpty()) {
            for (CrmRecord company :
                    hubSpot.readByKey(
                            HUBSPOT_TYPE,
                            ACCOUNT_ID_PROPERTY,
                            missing,
                            List.of(ACCOUNT_ID_PROPERTY))) {
                String account = Objects.toString(company.fields().get(ACCOUNT_ID_PROPERTY), null);
                if (account != null) {
                    created.put(account, company.id());
                    link(company.id(), account);
                }
            }
        }
        return created;
    }

    Map<String, String> createAccounts(List<String> companies) {
        List<RecordWrite> writes = new ArrayList<>();
        for (CrmRecord company :
                connectors
                        .hubSpot()
                        .readByIds(HUBSPOT_TYPE, companies, List.of("name", "domain"))) {
            Map<String, Object> values = new LinkedHashMap<>();
            Object name = company.fields().get("name");
            Object domain = company.fields().get("domain");
            values.put(
                    "Name",
                    name != null && !name.toString().isBlank()
                            ? name
                            : domain != null ? domain : ContactPair.NO_COMPANY);
            if (domain != null && !domain.toString().isBlank()) {
                values.put("Website", domain.toString());
            }
            values.put(OriginStamps.SALESFORCE_FIELD, company.id());
            writes.add(new RecordWrite(company.id(), null, OriginStamps.SALESFORCE_FIELD, values));
        }
        Map<String, String> created = new HashMap<>();
        if (writes.isEmpty()) {
            return created;
        }
        for (WriteResult r :
                connectors.salesforce().write(ACCOUNT, WriteOperation.UPSERT, writes)) {
            if (r.succeeded() && r.id() != null) {
                created.put(r.reference(), r.id());
                link(r.reference(), r.id());
            }
        }
        return created;
    }

    private void ensureProperty(CrmConnector hubSpot) {
        if (!propertyReady && hubSpot instanceof PropertyCapable properties) {
            properties.ensureUniqueProperty(
                    HUBSPOT_TYPE, ACCOUNT_ID_PROPERTY, "Salesforce account id");
            propertyReady = true;
        }
    }

    private void link(String company, String account) {
        links.link(LinkStore.COMPANY, company, ACCOUNT, account, clock.instant());
    }

    private static String domain(Object website) {
        if (website == null || website.toString().isBlank()) {
            return null;
        }
        String host = website.toString().trim().replaceFirst("^[a-zA-Z]+://", "");
        host = host.replaceFirst("[/?#].*$", "");
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
