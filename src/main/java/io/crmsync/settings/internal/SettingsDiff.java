package io.crmsync.settings.internal;

import io.crmsync.settings.SettingChange;
import io.crmsync.sync.CompanySettings;
import io.crmsync.sync.ContactSettings;
import io.crmsync.sync.DealSettings;
import io.crmsync.sync.FieldMapping;
import io.crmsync.sync.StageMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two versions of the settings, field by field, in the form's words. */
public final class SettingsDiff {

    /** The settings and mappings as a version stored them. */
    public record Snapshot(
            ContactSettings contactSettings,
            List<FieldMapping> contactMappings,
            CompanySettings companySettings,
            List<FieldMapping> companyMappings,
            DealSettings dealSettings,
            List<FieldMapping> dealMappings,
            List<StageMapping> stageMappings) {

        /** A version stored before an object synced has none of its parts: they stay null. */
        public Snapshot {
            contactMappings = contactMappings == null ? List.of() : List.copyOf(contactMappings);
            companyMappings = companyMappings == null ? null : List.copyOf(companyMappings);
            dealMappings = dealMappings == null ? null : List.copyOf(dealMappings);
            stageMappings = stageMappings == null ? null : List.copyOf(stageMappings);
        }
    }

    private static final List<DealSetting> DEAL_SETTINGS =
            List.of(
                    new DealSetting("Sync deals", DealSettings::syncEnabled),
                    new DealSetting(
                            "A Salesforce opportunity deleted",
                            d -> d.salesforceDeletes().label()));

    private record DealSetting(String name, Function<DealSettings, Object> value) {}

    private static final List<CompanySetting> COMPANY_SETTINGS =
            List.of(
                    new CompanySetting("Sync companies", CompanySettings::syncEnabled),
                    new CompanySetting(
                            "A Salesforce account deleted", c -> c.salesforceDeletes().label()));

    private record CompanySetting(String name, Function<CompanySettings, Object> value) {}

    private record Setting(String name, Function<ContactSettings, Object> value) {}

    private static final List<Setting> SETTINGS =
            List.of(
                    new Setting(
                            "A Salesforce contact or lead created or updated",
                            ContactSettings::salesforceChanges),
                    new Setting(
                            "A HubSpot contact created or updated becomes in Salesforce",
                            ContactSettings::hubSpotTarget),
                    new Setting(
                            "Create and associate companies", ContactSettings::autoCreateCompanies),
                    new Setting(
                            "A Salesforce contact or lead deleted",
                            ContactSettings::salesforceDeletes),
                    new Setting(
                            "Lifecycle stage from opportunities",
                            ContactSettings::lifecycleFromOpportunities),
                    new Setting(
                            "Company lifecycle stage sync", ContactSettings::companyLifecycleSync),
                    new Setting("Inclusion list", ContactSettings::inclusionListId),
                    new Setting(
                            "Salesforce state and country picklists",
                            ContactSettings::salesforceStatePicklist),
                    new Setting(
                            "HubSpot state and country values",
                            ContactSettings::hubSpotStateValues));

    private static final Map<String, String> VALUES =
            Map.ofEntries(
                    Map.entry("CREATE_OR_UPDATE", "Create or update"),
                    Map.entry("DO_NOTHING", "Do nothing"),
                    Map.entry("CONTACT", "A contact"),
                    Map.entry("LEAD", "A lead"),
                    Map.entry("DELETE_CONTACT", "Delete the HubSpot contact"),
                    Map.entry("DISABLED", "Disabled"),
                    Map.entry("ENABLED", "Enabled"),
                    Map.entry("CUSTOMIZED", "Enabled and customized"),
                    Map.entry("MATCH_SALESFORCE_DEFAULTS", "Matched to Salesforce's defaults"),
                    Map.entry("SEND_AS_IS", "Sent as they are"));

    private SettingsDiff() {}

    /** The settings in the form's words, as the audit log shows them. */
    public static Map<String, Object> auditState(ContactSettings settings) {
        Map<String, Object> described = new LinkedHashMap<>();
        SETTINGS.forEach(s -> described.put(s.name(), words(s.value().apply(settings))));
        return described;
    }

    /** The company settings in the form's words, as the audit log shows them. */
    public static Map<String, Object> auditState(CompanySettings settings) {
        Map<String, Object> described = new LinkedHashMap<>();
        COMPANY_SETTINGS.forEach(s -> described.put(s.name(), words(s.value().apply(settings))));
        return described;
    }

    /** A mapping in the mappings editor's words, as the audit log shows it. */
    public static Map<String, Object> auditState(FieldMapping m) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("HubSpot property", m.hubSpotProperty());
        described.put("Salesforce field", m.salesforceField());
        described.put("Sync rule", m.rule().label());
        described.put("Default mapping", m.defaultMapping() ? "Yes" : "No");
        described.put("Value translations", translations(m));
        described.put("Truncate long text", onOff(m.truncate()));
        described.put("Default value", m.defaultValue());
        return described;
    }

    /** The changes from {@code before} to {@code after}; everything is new when before is null. */
    public static List<SettingChange> between(Snapshot before, Snapshot after) {
        List<SettingChange> changes = new ArrayList<>();
        ContactSettings was = before == null ? null : before.contactSettings();
        ContactSettings now = after.contactSettings();
        for (Setting setting : SETTINGS) {
            String old = was == null ? null : words(setting.value().apply(was));
            String next = now == null ? null : words(setting.value().apply(now));
            if (!Objects.equals(old, next)) {
                changes.add(new SettingChange(setting.name(), old, next));
            }
        }
        mappings(
                changes,
                "Mapping ",
                before == null ? List.of() : before.contactMappings(),
                after.contactMappings());
        companies(changes, before, after);
        deals(changes, before, after);
        return changes;
    }

    /** The Deals tab's part; a version from before deals synced counts as unchanged. */
    private static void deals(List<SettingChange> changes, Snapshot before, Snapshot after) {
        DealSettings now = after.dealSettings();
        if (now == null) {
            return;
        }
        DealSettings was =
                before == null ? null : before.dealSettings() == null ? now : before.dealSettings();
        for (DealSetting setting : DEAL_SETTINGS) {
            String old = was == null ? null : words(setting.value().apply(was));
            String next = words(setting.value().apply(now));
            if (!Objects.equals(old, next)) {
                changes.add(new SettingChange(setting.name(), old, next));
            }
        }
        List<FieldMapping> nextMappings = orEmpty(after.dealMappings());
        List<FieldMapping> oldMappings =
                before == null
                        ? List.of()
                        : before.dealMappings() == null ? nextMappings : before.dealMappings();
        mappings(changes, "Deal mapping ", oldMappings, nextMappings);
        List<StageMapping> nextStages = orEmpty(after.stageMappings());
        List<StageMapping> oldStages =
                before == null
                        ? List.of()
                        : before.stageMappings() == null ? nextStages : before.stageMappings();
        Map<Long, StageMapping> old = new LinkedHashMap<>();
        oldStages.forEach(m -> old.put(m.id(), m));
        Map<Long, StageMapping> next = new LinkedHashMap<>();
        nextStages.forEach(m -> next.put(m.id(), m));
        for (StageMapping m : next.values()) {
            StageMapping was2 = old.get(m.id());
            part(changes, stageName(m), was2 == null ? null : stageTarget(was2), stageTarget(m));
        }
        for (StageMapping m : old.values()) {
            if (!next.containsKey(m.id())) {
                changes.add(new SettingChange(stageName(m), stageTarget(m), null));
            }
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String stageName(StageMapping m) {
        return "Stage "
                + m.salesforceStage()
                + (m.recordTypeId().isEmpty() ? "" : " (record type " + m.recordTypeId() + ")");
    }

    private static String stageTarget(StageMapping m) {
        return m.hubSpotPipeline() + " / " + m.hubSpotStage();
    }

    /** The deal settings in the form's words, as the audit log shows them. */
    public static Map<String, Object> auditState(DealSettings settings) {
        Map<String, Object> described = new LinkedHashMap<>();
        DEAL_SETTINGS.forEach(s -> described.put(s.name(), words(s.value().apply(settings))));
        return described;
    }

    /** The Companies tab's part; a version from before companies synced counts as unchanged. */
    private static void companies(List<SettingChange> changes, Snapshot before, Snapshot after) {
        CompanySettings now = after.companySettings();
        if (now == null) {
            return;
        }
        CompanySettings was =
                before == null
                        ? null
                        : before.companySettings() == null ? now : before.companySettings();
        for (CompanySetting setting : COMPANY_SETTINGS) {
            String old = was == null ? null : words(setting.value().apply(was));
            String next = words(setting.value().apply(now));
            if (!Objects.equals(old, next)) {
                changes.add(new SettingChange(setting.name(), old, next));
            }
        }
        List<FieldMapping> nextMappings =
                after.companyMappings() == null ? List.of() : after.companyMappings();
        List<FieldMapping> oldMappings =
                before == null
                        ? List.of()
                        : before.companyMappings() == null
                                ? nextMappings
                                : before.companyMappings();
        mappings(changes, "Company mapping ", oldMappings, nextMappings);
    }

    private static void mappings(
            List<SettingChange> changes,
            String prefix,
            List<FieldMapping> before,
            List<FieldMapping> after) {
        Map<Long, FieldMapping> old = byId(before);
        Map<Long, FieldMapping> next = byId(after);
        for (FieldMapping m : next.values()) {
            mapping(changes, prefix, old.get(m.id()), m);
        }
        for (FieldMapping m : old.values()) {
            if (!next.containsKey(m.id())) {
                changes.add(new SettingChange(name(prefix, m), describe(m), null));
            }
        }
    }

    private static void mapping(
            List<SettingChange> changes, String prefix, FieldMapping was, FieldMapping now) {
        if (was == null) {
            changes.add(new SettingChange(name(prefix, now), null, describe(now)));
            return;
        }
        String name = name(prefix, now);
        part(changes, name + ": sync rule", was.rule().label(), now.rule().label());
        part(changes, name + ": value translations", translations(was), translations(now));
        part(changes, name + ": truncate long text", onOff(was.truncate()), onOff(now.truncate()));
        part(changes, name + ": default value", was.defaultValue(), now.defaultValue());
    }

    private static void part(List<SettingChange> changes, String name, String was, String now) {
        if (!Objects.equals(was, now)) {
            changes.add(new SettingChange(name, was, now));
        }
    }

    private static String name(String prefix, FieldMapping m) {
        return prefix + m.hubSpotProperty() + " ↔ " + m.salesforceField();
    }

    private static String describe(FieldMapping m) {
        return m.rule().label();
    }

    private static String translations(FieldMapping m) {
        if (m.translations().isEmpty()) {
            return null;
        }
        return m.translations().stream()
                .map(t -> t.hubSpotValue() + " → " + t.salesforceValue())
                .collect(Collectors.joining(", "));
    }

    private static Map<Long, FieldMapping> byId(List<FieldMapping> mappings) {
        Map<Long, FieldMapping> byId = new LinkedHashMap<>();
        mappings.forEach(m -> byId.put(m.id(), m));
        return byId;
    }

    private static String words(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean on) {
            return onOff(on);
        }
        String text = value.toString();
        return VALUES.getOrDefault(text, text);
    }

    private static String onOff(boolean on) {
        return on ? "On" : "Off";
    }
}
