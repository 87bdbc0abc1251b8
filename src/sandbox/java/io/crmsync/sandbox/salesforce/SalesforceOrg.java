package io.crmsync.sandbox.salesforce;

import io.crmsync.sandbox.salesforce.store.RecordStore;
import io.crmsync.sandbox.salesforce.store.SalesforceIds;
import io.crmsync.sandbox.salesforce.store.SettingsStore;
import io.crmsync.sandbox.salesforce.store.SfRecord;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The simulated org's identity: a stable org id and two users, the integration user that API
 * callers act as and a person who edits records through the sandbox's admin actions. All three are
 * created once and persisted. It also holds the org's opportunity set-up rows ({@link
 * SetupRecords}).
 */
@Component
class SalesforceOrg {

    private final String orgId;
    private final String integrationUserId;
    private final String personUserId;

    SalesforceOrg(SettingsStore settings, RecordStore records, ObjectProvider<Clock> clock) {
        SecureRandom random = new SecureRandom();
        orgId =
                settings.getOrCreate(
                        "org.id", () -> SalesforceIds.of("00D", 1 + random.nextInt(1_000_000)));
        String adminProfile =
                settings.getOrCreate(
                        "org.profile.admin", () -> profile(records, "System Administrator", clock));
        integrationUserId =
                settings.getOrCreate(
                        "org.integration-user",
                        () -> {
                            String id = records.newId("005");
                            records.save(
                                    List.of(
                                            user(
                                                    id,
                                                    "Integration",
                                                    "User",
                                                    "integration",
                                                    adminProfile,
                                                    clock)));
                            return id;
                        });
        personUserId =
                settings.getOrCreate(
                        "org.person-user",
                        () -> {
                            String id = records.newId("005");
                            records.save(
                                    List.of(
                                            user(
                                                    id,
                                                    "Sam",
                                                    "Seller",
                                                    "sam.seller",
                                                    adminProfile,
                                                    clock)));
                            return id;
                        });
        SetupRecords.ensure(
                records,
                integrationUserId,
                SfTime.format(clock.getIfAvailable(Clock::systemUTC).instant()));
    }

    private static String profile(RecordStore records, String name, ObjectProvider<Clock> clock) {
        String id = records.newId("00e");
        String now = SfTime.format(clock.getIfAvailable(Clock::systemUTC).instant());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Id", id);
        values.put("Name", name);
        values.put("CreatedDate", now);
        values.put("LastModifiedDate", now);
        values.put("SystemModstamp", now);
        records.save(List.of(new SfRecord(id, "Profile", values, null)));
        return id;
    }

    private static SfRecord user(
            String id,
            String first,
            String last,
            String alias,
            String profileId,
            ObjectProvider<Clock> clock) {
        String now = SfTime.format(clock.getIfAvailable(Clock::systemUTC).instant());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Id", id);
        values.put("Username", alias + "@crmsync-sandbox.example.com");
        values.put("FirstName", first);
        values.put("LastName", last);
        values.put("Name", first + " " + last);
        values.put("Email", alias + "@crmsync-sandbox.example.com");
        values.put("Alias", alias.length() > 8 ? alias.substring(0, 8) : alias);
        values.put("IsActive", true);
        values.put("ProfileId", profileId);
        values.put("CreatedDate", now);
        values.put("CreatedById", id);
        values.put("LastModifiedDate", now);
        values.put("LastModifiedById", id);
        values.put("SystemModstamp", now);
        return new SfRecord(id, "User", values, null);
    }

    String orgId() {
        return orgId;
    }

    String integrationUserId() {
        return integrationUserId;
    }

    String personUserId() {
        return personUserId;
    }
}
