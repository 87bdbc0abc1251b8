package io.crmsync.sandbox.hubspot;

import io.crmsync.sandbox.DemoData;
import java.util.List;
import java.util.Map;

/** Demo people and companies as HubSpot property values. */
final class DemoValues {

    private static final Map<String, String> INDUSTRIES =
            Map.of(
                    "Technology",
                    "COMPUTER_SOFTWARE",
                    "Finance",
                    "FINANCIAL_SERVICES",
                    "Healthcare",
                    "HOSPITAL_HEALTH_CARE",
                    "Manufacturing",
                    "MACHINERY",
                    "Retail",
                    "RETAIL",
                    "Education",
                    "EDUCATION_MANAGEMENT",
                    "Energy",
                    "OIL_ENERGY",
                    "Media",
                    "MEDIA_PRODUCTION");
    private static final List<String> STAGES =
            List.of(
                    "subscriber",
                    "lead",
                    "lead",
                    "lead",
                    "marketingqualifiedlead",
                    "salesqualifiedlead",
                    "opportunity",
                    "customer",
                    "customer",
                    "other");

    private DemoValues() {}

    static Map<String, String> company(DemoData.Company c) {
        return Map.ofEntries(
                Map.entry("name", c.name()),
                Map.entry("domain", c.domain()),
                Map.entry("industry", INDUSTRIES.getOrDefault(c.industry(), "")),
                Map.entry("phone", c.phone()),
                Map.entry("numberofemployees", String.valueOf(c.employees())),
                Map.entry("address", c.address().street()),
                Map.entry("city", c.address().city()),
                Map.entry("state", c.address().state()),
                Map.entry("zip", c.address().postalCode()),
                Map.entry("country", c.address().country()),
                Map.entry("hs_country_region_code", c.address().countryCode()),
                Map.entry("lifecyclestage", "customer"));
    }

    static Map<String, String> contact(DemoData.Person p) {
        DemoData.Address a = p.address();
        return Map.ofEntries(
                Map.entry("email", p.email()),
                Map.entry("firstname", p.firstName()),
                Map.entry("lastname", p.lastName()),
                Map.entry("jobtitle", p.title()),
                Map.entry("phone", p.phone()),
                Map.entry("company", p.company().name()),
                Map.entry("website", "https://" + p.company().domain()),
                Map.entry("address", a.street()),
                Map.entry("city", a.city()),
                Map.entry("state", a.state()),
                Map.entry("zip", a.postalCode()),
                Map.entry("country", a.country()),
                Map.entry("hs_country_region_code", a.countryCode()),
                Map.entry(
                        "hs_state_code",
                        "US".equals(a.countryCode()) || "CA".equals(a.countryCode())
                                ? a.stateCode()
                                : ""),
                Map.entry("lifecyclestage", STAGES.get(p.index() % STAGES.size())),
                Map.entry("hubspot_owner_id", Owners.DEMO_OWNER.id()));
    }

    /** Every third deal is a renewal, in the Renewals pipeline; the others are new business. */
    static Map<String, String> deal(DemoData.Company company, int i, long now) {
        boolean renewal = i % 3 == 2;
        Pipelines.Pipeline pipeline = renewal ? Pipelines.RENEWALS : Pipelines.DEALS;
        var stage = pipeline.stages().get(i % pipeline.stages().size());
        return Map.of(
                "dealname",
                company.name() + (renewal ? " - renewal " : " - deal ") + (i + 1),
                "amount",
                String.valueOf(1000 + (i * 7919) % 90_000),
                "pipeline",
                pipeline.id(),
                "dealstage",
                stage.id(),
                "closedate",
                Times.iso(Times.startOfDay(now) + (i % 90) * 86_400_000L),
                "dealtype",
                renewal || i % 3 == 0 ? "existingbusiness" : "newbusiness");
    }

    static Map<String, String> ticket(int i) {
        return Map.of(
                "subject",
                "Support request #" + (i + 1),
                "content",
                "The customer reports issue " + (i + 1),
                "hs_pipeline",
                Pipelines.TICKETS.id(),
                "hs_pipeline_stage",
                String.valueOf(1 + i % 4),
                "hs_ticket_priority",
                List.of("LOW", "MEDIUM", "HIGH").get(i % 3));
    }

    static Map<String, String> engagement(String type, int i, long now) {
        String timestamp = Times.iso(now - i * 3_600_000L);
        return switch (type) {
            case "notes" ->
                    Map.of(
                            "hs_timestamp",
                            timestamp,
                            "hs_note_body",
                            "Discussed renewal, note " + i);
            case "calls" ->
                    Map.of(
                            "hs_timestamp",
                            timestamp,
                            "hs_call_title",
                            "Discovery call " + i,
                            "hs_call_direction",
                            "OUTBOUND",
                            "hs_call_status",
                            "COMPLETED",
                            "hs_call_duration",
                            "600000");
            default ->
                    Map.of(
                            "hs_timestamp",
                            timestamp,
                            "hs_task_subject",
                            "Follow up " + i,
                            "hs_task_status",
                            i % 2 == 0 ? "NOT_STARTED" : "COMPLETED",
                            "hs_task_priority",
                            "MEDIUM",
                            "hs_task_type",
                            "TODO");
        };
    }

    static Map<String, Object> syncListFilter() {
        return Map.of(
                "filterBranchType",
                "OR",
                "filters",
                List.of(),
                "filterBranches",
                List.of(
                        Map.of(
                                "filterBranchType",
                                "AND",
                                "filterBranches",
                                List.of(),
                                "filters",
                                List.of(
                                        Map.of(
                                                "filterType",
                                                "PROPERTY",
                                                "property",
                                                "lifecyclestage",
                                                "operation",
                                                Map.of(
                                                        "operationType",
                                                        "ENUMERATION",
                                                        "operator",
                                                        "IS_ANY_OF",
                                                        "values",
                                                        List.of(
                                                                "lead",
                                                                "marketingqualifiedlead",
                                                                "salesqualifiedlead",
                                                                "opportunity",
                                                                "customer")))))));
    }
}
