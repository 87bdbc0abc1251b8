package io.crmsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The HubSpot-defined properties of the standard object types, with their types and options. */
final class StandardProperties {

    /** 2019-08-06, when most standard properties were (re)defined in real portals. */
    private static final long DEFINED = 1_565_059_312_064L;

    static final List<String> LIFECYCLE =
            List.of(
                    "subscriber",
                    "lead",
                    "marketingqualifiedlead",
                    "salesqualifiedlead",
                    "opportunity",
                    "customer",
                    "evangelist",
                    "other");

    private StandardProperties() {}

    static Map<String, List<PropertyDef>> all() {
        return Map.of(
                "0-1",
                contacts(),
                "0-2",
                companies(),
                "0-3",
                deals(),
                "0-5",
                tickets(),
                "0-46",
                engagement(
                        "hs_createdate",
                        text("hs_note_body", "Note body"),
                        text("hs_attachment_ids", "Attachment IDs"),
                        readOnly("hs_body_preview", "Body preview", "string")),
                "0-27",
                engagement(
                        "hs_createdate",
                        text("hs_task_subject", "Task Title"),
                        text("hs_task_body", "Notes"),
                        choice(
                                "hs_task_status",
                                "Task Status",
                                "NOT_STARTED",
                                "IN_PROGRESS",
                                "WAITING",
                                "COMPLETED",
                                "DEFERRED"),
                        choice("hs_task_priority", "Priority", "NONE", "LOW", "MEDIUM", "HIGH"),
                        choice("hs_task_type", "Task Type", "EMAIL", "CALL", "TODO")),
                "0-48",
                engagement(
                        "hs_createdate",
                        text("hs_call_title", "Call Title"),
                        text("hs_call_body", "Call notes"),
                        choice("hs_call_direction", "Call direction", "INBOUND", "OUTBOUND"),
                        number("hs_call_duration", "Call duration"),
                        choice(
                                "hs_call_status",
                                "Call status",
                                "BUSY",
                                "CALLING_CRM_USER",
                                "CANCELED",
                                "COMPLETED",
                                "CONNECTING",
                                "FAILED",
                                "IN_PROGRESS",
                                "NO_ANSWER",
                                "QUEUED",
                                "RINGING"),
                        text("hs_call_from_number", "From number"),
                        text("hs_call_to_number", "To number")),
                "0-49",
                engagement(
                        "hs_createdate",
                        text("hs_email_subject", "Email subject"),
                        text("hs_email_text", "Email text"),
                        text("hs_email_html", "Email HTML"),
                        text("hs_email_headers", "Email headers"),
                        choice(
                                "hs_email_direction",
                                "Email direction",
                                "EMAIL",
                                "INCOMING_EMAIL",
                                "FORWARDED_EMAIL"),
                        choice(
                                "hs_email_status",
                                "Email send status",
                                "BOUNCED",
                                "FAILED",
                                "SCHEDULED",
                                "SENDING",
                                "SENT")),
                "0-47",
                engagement(
                        "hs_createdate",
                        text("hs_meeting_title", "Meeting name"),
                        text("hs_meeting_body", "Meeting description"),
                        datetime("hs_meeting_start_time", "Start time"),
                        datetime("hs_meeting_end_time", "End time"),
                        choice(
                                "hs_meeting_outcome",
                                "Meeting outcome",
                                "SCHEDULED",
                                "COMPLETED",
                                "RESCHEDULED",
                                "NO_SHOW",
                                "CANCELED"),
                        text("hs_meeting_location", "Location")));
    }

    static List<PropertyDef> customObjectSystem() {
        return common("hs_createdate", "hs_lastmodifieddate");
    }

    private static List<PropertyDef> contacts() {
        List<PropertyDef> p = common("createdate", "lastmodifieddate");
        p.addAll(
                List.of(
                        text("email", "Email"),
                        text("firstname", "First Name"),
                        text("lastname", "Last Name"),
                        text("phone", "Phone Number"),
                        text("mobilephone", "Mobile Phone Number"),
                        text("company", "Company Name"),
                        text("website", "Website URL"),
                        text("jobtitle", "Job Title"),
                        text("address", "Street Address"),
                        text("city", "City"),
                        text("state", "State/Region"),
                        text("zip", "Postal Code"),
                        text("country", "Country/Region"),
                        lifecycle(),
                        choice(
                                "hs_lead_status",
                                "Lead Status",
                                "NEW",
                                "OPEN",
                                "IN_PROGRESS",
                                "OPEN_DEAL",
                                "UNQUALIFIED",
                                "ATTEMPTED_TO_CONTACT",
                                "CONNECTED",
                                "BAD_TIMING"),
                        text("hubspot_owner_id", "Contact owner"),
                        readOnly("hs_email_domain", "Email Domain", "string"),
                        readOnly("associatedcompanyid", "Primary Associated Company ID", "number"),
                        readOnly("hs_all_contact_vids", "All vids for a contact", "string"),
                        readOnly("hs_is_contact", "Is a contact", "bool"),
                        readOnly("hs_is_unworked", "Contact unworked", "bool"),
                        readOnly("hs_pipeline", "Pipeline", "string")));
        p.addAll(geography());
        for (String stage : LIFECYCLE) {
            p.add(
                    readOnly(
                            "hs_lifecyclestage_" + stage + "_date",
                            "Became a " + stage + " Date",
                            "datetime"));
        }
        return p;
    }

    private static List<PropertyDef> companies() {
        List<PropertyDef> p = common("createdate", "hs_lastmodifieddate");
        p.addAll(
                List.of(
                        text("name", "Company name"),
                        text("domain", "Company Domain Name"),
                        text("phone", "Phone Number"),
                        text("website", "Website URL"),
                        choice("industry", "Industry", Industries.VALUES),
                        number("numberofemployees", "Number of Employees"),
                        number("annualrevenue", "Annual Revenue"),
                        text("address", "Street Address"),
                        text("city", "City"),
                        text("state", "State/Region"),
                        text("zip", "Postal Code"),
                        text("country", "Country/Region"),
                        text("description", "Description"),
                        lifecycle(),
                        text("hubspot_owner_id", "Company owner")));
        p.addAll(geography());
        return p;
    }

    private static List<PropertyDef> deals() {
        List<PropertyDef> p = common("createdate", "hs_lastmodifieddate");
        p.addAll(
                List.of(
                        text("dealname", "Deal Name"),
                        number("amount", "Amount"),
                        datetime("closedate", "Close Date"),
                        fromPipelines("dealstage", "Deal Stage", "radio"),
                        fromPipelines("pipeline", "Pipeline", "select"),
                        choice("dealtype", "Deal Type", "newbusiness", "existingbusiness"),
                        text("description", "Deal Description"),
                        text("hubspot_owner_id", "Deal owner"),
                        readOnly("hs_is_closed", "Is Deal Closed?", "bool"),
                        readOnly("hs_is_closed_won", "Is Closed Won", "bool"),
                        readOnly("hs_deal_stage_probability", "Deal probability", "number")));
        return p;
    }

    private static List<PropertyDef> tickets() {
        List<PropertyDef> p = common("createdate", "hs_lastmodifieddate");
        p.addAll(
                List.of(
                        text("subject", "Ticket name"),
                        text("content", "Ticket description"),
                        choice("hs_pipeline", "Pipeline", "0"),
                        choice("hs_pipeline_stage", "Ticket status", "1", "2", "3", "4"),
                        choice("hs_ticket_priority", "Priority", "LOW", "MEDIUM", "HIGH", "URGENT"),
                        choice(
                                "hs_ticket_category",
                                "Category",
                                "PRODUCT_ISSUE",
                                "BILLING_ISSUE",
                                "FEATURE_REQUEST",
                                "GENERAL_INQUIRY"),
                        text("hubspot_owner_id", "Ticket owner")));
        return p;
    }

    private static List<PropertyDef> engagement(String created, PropertyDef... own) {
        List<PropertyDef> p = common(created, "hs_lastmodifieddate");
        p.add(datetime("hs_timestamp", "Activity date"));
        p.add(text("hubspot_owner_id", "Activity assigned to"));
        p.addAll(List.of(own));
        return p;
    }

    private static List<PropertyDef> common(String created, String modified) {
        return new ArrayList<>(
                List.of(
                        def(created, "Create Date", "datetime", "date", List.of()),
                        readOnly(modified, "Last Modified Date", "datetime"),
                        readOnly("hs_object_id", "Record ID", "number"),
                        readOnly("hs_object_source", "Record source", "string"),
                        readOnly("hs_object_source_id", "Record source detail 1", "string"),
                        readOnly("hs_object_source_label", "Record source label", "string")));
    }

    private static List<PropertyDef> geography() {
        return List.of(
                def(
                        "hs_state_code",
                        "State/Region Code",
                        "enumeration",
                        "select",
                        Geography.states()),
                def(
                        "hs_country_region_code",
                        "Country/Region Code",
                        "enumeration",
                        "select",
                        Geography.countries()));
    }

    private static PropertyDef lifecycle() {
        List<PropertyDef.Option> options = new ArrayList<>();
        for (String stage : LIFECYCLE) {
            options.add(new PropertyDef.Option(label(stage), stage, options.size()));
        }
        return def("lifecyclestage", "Lifecycle Stage", "enumeration", "radio", options);
    }

    private static String label(String stage) {
        return switch (stage) {
            case "marketingqualifiedlead" -> "Marketing Qualified Lead";
            case "salesqualifiedlead" -> "Sales Qualified Lead";
            default -> Character.toUpperCase(stage.charAt(0)) + stage.substring(1);
        };
    }

    static PropertyDef text(String name, String label) {
        return def(name, label, "string", "text", List.of());
    }

    private static PropertyDef number(String name, String label) {
        return def(name, label, "number", "number", List.of());
    }

    private static PropertyDef datetime(String name, String label) {
        return def(name, label, "datetime", "date", List.of());
    }

    private static PropertyDef choice(String name, String label, String... values) {
        List<PropertyDef.Option> options = new ArrayList<>();
        for (String value : values) {
            options.add(new PropertyDef.Option(value, value, options.size()));
        }
        return def(name, label, "enumeration", "select", options);
    }

    /** An enumeration whose options are the deal pipelines' (externalOptions), listing none. */
    private static PropertyDef fromPipelines(String name, String label, String fieldType) {
        return new PropertyDef(
                name,
                label,
                "enumeration",
                fieldType,
                "deal_activity",
                "",
                List.of(),
                false,
                false,
                true,
                DEFINED,
                true);
    }

    private static PropertyDef readOnly(String name, String label, String type) {
        String fieldType =
                switch (type) {
                    case "bool" -> "booleancheckbox";
                    case "datetime" -> "date";
                    case "number" -> "number";
                    default -> "text";
                };
        return new PropertyDef(
                name, label, type, fieldType, "system", "", List.of(), false, true, true, DEFINED);
    }

    private static PropertyDef def(
            String name,
            String label,
            String type,
            String fieldType,
            List<PropertyDef.Option> options) {
        return new PropertyDef(
                name,
                label,
                type,
                fieldType,
                group(name),
                "",
                options,
                false,
                false,
                true,
                DEFINED);
    }

    private static String group(String name) {
        return name.startsWith("hs_") ? "system" : "information";
    }
}
