package io.crmsync.sandbox.salesforce.schema;

import static io.crmsync.sandbox.salesforce.schema.Fields.defaulted;
import static io.crmsync.sandbox.salesforce.schema.Fields.derived;
import static io.crmsync.sandbox.salesforce.schema.Fields.externalId;
import static io.crmsync.sandbox.salesforce.schema.Fields.flag;
import static io.crmsync.sandbox.salesforce.schema.Fields.of;
import static io.crmsync.sandbox.salesforce.schema.Fields.picklist;
import static io.crmsync.sandbox.salesforce.schema.Fields.ref;
import static io.crmsync.sandbox.salesforce.schema.Fields.required;
import static io.crmsync.sandbox.salesforce.schema.Fields.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The objects of a fresh Salesforce org (a useful subset of their fields) plus one custom object.
 */
final class StandardObjects {

    static final String[] LEAD_SOURCES = {
        "Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other"
    };
    static final String[] INDUSTRIES = {
        "Agriculture",
        "Banking",
        "Communications",
        "Education",
        "Energy",
        "Finance",
        "Healthcare",
        "Manufacturing",
        "Media",
        "Retail",
        "Technology",
        "Other"
    };

    private StandardObjects() {}

    static List<ObjectDef> all(StateCountryMode mode) {
        List<ObjectDef> all = new ArrayList<>(standard(mode));
        all.addAll(SetupObjects.all());
        return all;
    }

    private static List<ObjectDef> standard(StateCountryMode mode) {
        return List.of(
                profile(),
                user(),
                account(mode),
                contact(mode),
                lead(mode),
                opportunity(),
                contactRole(),
                caseObject(),
                task(),
                event(),
                campaign(),
                campaignMember(),
                project());
    }

    private static ObjectDef object(
            String name,
            String label,
            String plural,
            String prefix,
            boolean owned,
            FieldDef... fields) {
        List<FieldDef> all = new ArrayList<>(Fields.system(label, owned));
        all.addAll(List.of(fields));
        return new ObjectDef(name, label, plural, prefix, all);
    }

    private static ObjectDef withAddress(
            ObjectDef base, StateCountryMode mode, String... prefixes) {
        List<FieldDef> all = new ArrayList<>(base.fields());
        for (String prefix : prefixes) {
            all.addAll(address(prefix, mode));
        }
        return new ObjectDef(base.name(), base.label(), base.labelPlural(), base.keyPrefix(), all);
    }

    static List<FieldDef> address(String prefix, StateCountryMode mode) {
        String label = prefix.isEmpty() ? "" : prefix + " ";
        List<FieldDef> fields =
                new ArrayList<>(
                        List.of(
                                of(prefix + "Street", label + "Street", FieldType.TEXTAREA, 255),
                                text(prefix + "City", label + "City", 40),
                                text(prefix + "State", label + "State/Province", 80),
                                text(prefix + "PostalCode", label + "Zip/Postal Code", 20),
                                text(prefix + "Country", label + "Country", 80)));
        if (mode != StateCountryMode.DISABLED) {
            fields.add(
                    picklist(
                            prefix + "StateCode",
                            label + "State/Province Code",
                            true,
                            CountryTable.stateCodes().toArray(String[]::new)));
            fields.add(
                    picklist(
                            prefix + "CountryCode",
                            label + "Country Code",
                            true,
                            CountryTable.countryCodes().toArray(String[]::new)));
        }
        return fields;
    }

    /** Users are never deleted, only deactivated: they have no IsDeleted. */
    private static ObjectDef user() {
        ObjectDef user = userWithSystemFields();
        return new ObjectDef(
                user.name(),
                user.label(),
                user.labelPlural(),
                user.keyPrefix(),
                user.fields().stream().filter(f -> !f.name().equals("IsDeleted")).toList());
    }

    private static ObjectDef userWithSystemFields() {
        return object(
                "User",
                "User",
                "Users",
                "005",
                false,
                required(text("Username", "Username", 80)),
                text("FirstName", "First Name", 40),
                required(text("LastName", "Last Name", 80)),
                derived("Name", "Full Name", FieldType.STRING, 121),
                required(of("Email", "Email", FieldType.EMAIL, 128)),
                required(text("Alias", "Alias", 8)),
                flag("IsActive", "Active"),
                required(ref("ProfileId", "Profile ID", "Profile", "Profile")));
    }

    /** Profiles are set up by admins, not synced; they exist so that users can point at one. */
    private static ObjectDef profile() {
        ObjectDef profile =
                object(
                        "Profile",
                        "Profile",
                        "Profile",
                        "00e",
                        false,
                        required(text("Name", "Name", 255)));
        return new ObjectDef(
                profile.name(),
                profile.label(),
                profile.labelPlural(),
                profile.keyPrefix(),
                profile.fields().stream().filter(f -> !f.name().equals("IsDeleted")).toList());
    }

    private static ObjectDef account(StateCountryMode mode) {
        return withAddress(
                object(
                        "Account",
                        "Account",
                        "Accounts",
                        "001",
                        true,
                        required(text("Name", "Account Name", 255)),
                        picklist(
                                "Type",
                                "Account Type",
                                false,
                                "Prospect",
                                "Customer - Direct",
                                "Customer - Channel",
                                "Partner",
                                "Other"),
                        ref("ParentId", "Parent Account ID", "Parent", "Account"),
                        text("AccountNumber", "Account Number", 40),
                        of("Phone", "Account Phone", FieldType.PHONE, 40),
                        of("Website", "Website", FieldType.URL, 255),
                        picklist("Industry", "Industry", false, INDUSTRIES),
                        of("AnnualRevenue", "Annual Revenue", FieldType.CURRENCY, 0),
                        of("NumberOfEmployees", "Employees", FieldType.INT, 0),
                        picklist("Rating", "Account Rating", false, "Hot", "Warm", "Cold"),
                        of("Description", "Account Description", FieldType.TEXTAREA, 32000),
                        ref("MasterRecordId", "Master Record ID", "MasterRecord", "Account")
                                .readOnly(),
                        externalId("HubSpot_Id__c", "HubSpot Id")),
                mode,
                "Billing",
                "Shipping");
    }

    private static ObjectDef contact(StateCountryMode mode) {
        return withAddress(
                object(
                        "Contact",
                        "Contact",
                        "Contacts",
                        "003",
                        true,
                        ref("AccountId", "Account ID", "Account", "Account"),
                        picklist(
                                "Salutation",
                                "Salutation",
                                false,
                                "Mr.",
                                "Ms.",
                                "Mrs.",
                                "Dr.",
                                "Prof."),
                        text("FirstName", "First Name", 40),
                        required(text("LastName", "Last Name", 80)),
                        derived("Name", "Full Name", FieldType.STRING, 121),
                        of("Phone", "Business Phone", FieldType.PHONE, 40),
                        of("MobilePhone", "Mobile Phone", FieldType.PHONE, 40),
                        of("Email", "Email", FieldType.EMAIL, 80),
                        text("Title", "Title", 128),
                        text("Department", "Department", 80),
                        picklist("LeadSource", "Lead Source", false, LEAD_SOURCES),
                        flag("HasOptedOutOfEmail", "Email Opt Out"),
                        of("Description", "Contact Description", FieldType.TEXTAREA, 32000),
                        ref("MasterRecordId", "Master Record ID", "MasterRecord", "Contact")
                                .readOnly(),
                        externalId("HubSpot_Id__c", "HubSpot Id")),
                mode,
                "Mailing");
    }

    private static ObjectDef lead(StateCountryMode mode) {
        return withAddress(
                object(
                        "Lead",
                        "Lead",
                        "Leads",
                        "00Q",
                        true,
                        picklist(
                                "Salutation",
                                "Salutation",
                                false,
                                "Mr.",
                                "Ms.",
                                "Mrs.",
                                "Dr.",
                                "Prof."),
                        text("FirstName", "First Name", 40),
                        required(text("LastName", "Last Name", 80)),
                        derived("Name", "Full Name", FieldType.STRING, 121),
                        text("Title", "Title", 128),
                        required(text("Company", "Company", 255)),
                        of("Phone", "Phone", FieldType.PHONE, 40),
                        of("MobilePhone", "Mobile Phone", FieldType.PHONE, 40),
                        of("Email", "Email", FieldType.EMAIL, 80),
                        of("Website", "Website", FieldType.URL, 255),
                        picklist("LeadSource", "Lead Source", false, LEAD_SOURCES),
                        defaulted(
                                picklist(
                                        "Status",
                                        "Status",
                                        true,
                                        "Open - Not Contacted",
                                        "Working - Contacted",
                                        "Closed - Converted",
                                        "Closed - Not Converted"),
                                "Open - Not Contacted"),
                        picklist("Industry", "Industry", false, INDUSTRIES),
                        picklist("Rating", "Rating", false, "Hot", "Warm", "Cold"),
                        of("AnnualRevenue", "Annual Revenue", FieldType.CURRENCY, 0),
                        of("NumberOfEmployees", "Employees", FieldType.INT, 0),
                        flag("HasOptedOutOfEmail", "Email Opt Out"),
                        derived("IsConverted", "Converted", FieldType.BOOLEAN, 0),
                        derived("ConvertedDate", "Converted Date", FieldType.DATE, 0),
                        ref(
                                        "ConvertedAccountId",
                                        "Converted Account ID",
                                        "ConvertedAccount",
                                        "Account")
                                .readOnly(),
                        ref(
                                        "ConvertedContactId",
                                        "Converted Contact ID",
                                        "ConvertedContact",
                                        "Contact")
                                .readOnly(),
                        ref(
                                        "ConvertedOpportunityId",
                                        "Converted Opportunity ID",
                                        "ConvertedOpportunity",
                                        "Opportunity")
                                .readOnly(),
                        ref("MasterRecordId", "Master Record ID", "MasterRecord", "Lead")
                                .readOnly(),
                        of("Description", "Description", FieldType.TEXTAREA, 32000),
                        externalId("HubSpot_Id__c", "HubSpot Id")),
                mode,
                "");
    }

    private static ObjectDef opportunity() {
        return object(
                "Opportunity",
                "Opportunity",
                "Opportunities",
                "006",
                true,
                ref("AccountId", "Account ID", "Account", "Account"),
                ref("RecordTypeId", "Record Type ID", "RecordType", "RecordType"),
                required(text("Name", "Name", 120)),
                of("Description", "Description", FieldType.TEXTAREA, 32000),
                required(
                        picklist(
                                "StageName",
                                "Stage",
                                false,
                                SalesProcesses.STAGES.stream()
                                        .map(SalesProcesses.Stage::name)
                                        .toArray(String[]::new))),
                of("Amount", "Amount", FieldType.CURRENCY, 0),
                fromStage(of("Probability", "Probability (%)", FieldType.PERCENT, 0)),
                derived("ExpectedRevenue", "Expected Amount", FieldType.CURRENCY, 0),
                required(of("CloseDate", "Close Date", FieldType.DATE, 0)),
                picklist(
                        "Type",
                        "Opportunity Type",
                        false,
                        "Existing Customer - Upgrade",
                        "Existing Customer - Replacement",
                        "Existing Customer - Downgrade",
                        "New Customer"),
                text("NextStep", "Next Step", 255),
                picklist("LeadSource", "Lead Source", false, LEAD_SOURCES),
                derived("IsClosed", "Closed", FieldType.BOOLEAN, 0),
                derived("IsWon", "Won", FieldType.BOOLEAN, 0),
                derived("ForecastCategory", "Forecast Type", FieldType.PICKLIST, 40)
                        .withPicklist(
                                List.of(
                                        "Omitted",
                                        "Pipeline",
                                        "BestCase",
                                        "MostLikely",
                                        "Forecast",
                                        "Closed"),
                                true),
                fromStage(
                        picklist(
                                "ForecastCategoryName",
                                "Forecast Category",
                                true,
                                "Omitted",
                                "Pipeline",
                                "Best Case",
                                "Commit",
                                "Closed")),
                externalId("HubSpot_Id__c", "HubSpot Id"));
    }

    /** Nillable, but filled from the stage's metadata when the caller leaves it out. */
    private static FieldDef fromStage(FieldDef field) {
        return new FieldDef(
                field.name(),
                field.label(),
                field.type(),
                field.length(),
                true,
                true,
                true,
                true,
                false,
                false,
                false,
                field.picklistValues(),
                field.restrictedPicklist(),
                List.of(),
                null,
                null);
    }

    private static ObjectDef contactRole() {
        FieldDef opportunity =
                required(ref("OpportunityId", "Opportunity ID", "Opportunity", "Opportunity"));
        return object(
                "OpportunityContactRole",
                "Opportunity Contact Role",
                "Opportunity Contact Role",
                "00K",
                false,
                new FieldDef(
                        opportunity.name(),
                        opportunity.label(),
                        opportunity.type(),
                        18,
                        false,
                        true,
                        false,
                        false,
                        false,
                        false,
                        false,
                        List.of(),
                        false,
                        opportunity.referenceTo(),
                        opportunity.relationshipName(),
                        null),
                required(ref("ContactId", "Contact ID", "Contact", "Contact")),
                picklist(
                        "Role",
                        "Role",
                        false,
                        "Business User",
                        "Decision Maker",
                        "Economic Buyer",
                        "Economic Decision Maker",
                        "Evaluator",
                        "Executive Sponsor",
                        "Influencer",
                        "Technical Buyer",
                        "Other"),
                flag("IsPrimary", "Primary"));
    }

    private static ObjectDef caseObject() {
        return object(
                "Case",
                "Case",
                "Cases",
                "500",
                true,
                derived("CaseNumber", "Case Number", FieldType.STRING, 30),
                ref("ContactId", "Contact ID", "Contact", "Contact"),
                ref("AccountId", "Account ID", "Account", "Account"),
                text("Subject", "Subject", 255),
                of("Description", "Description", FieldType.TEXTAREA, 32000),
                defaulted(
                        picklist(
                                "Status", "Status", false, "New", "Working", "Escalated", "Closed"),
                        "New"),
                defaulted(
                        picklist("Priority", "Priority", false, "High", "Medium", "Low"), "Medium"),
                picklist("Origin", "Case Origin", false, "Phone", "Email", "Web"),
                picklist(
                        "Reason",
                        "Case Reason",
                        false,
                        "Installation",
                        "Equipment Complexity",
                        "Performance",
                        "Breakdown",
                        "Equipment Design",
                        "Feedback",
                        "Other"),
                picklist(
                        "Type",
                        "Case Type",
                        false,
                        "Mechanical",
                        "Electrical",
                        "Electronic",
                        "Structural",
                        "Other"),
                flag("IsEscalated", "Escalated"),
                derived("ClosedDate", "Closed Date", FieldType.DATETIME, 0),
                derived("IsClosed", "Closed", FieldType.BOOLEAN, 0));
    }

    private static ObjectDef task() {
        return object(
                "Task",
                "Task",
                "Tasks",
                "00T",
                true,
                who(),
                what(),
                subject(),
                of("ActivityDate", "Due Date Only", FieldType.DATE, 0),
                defaulted(
                        picklist(
                                "Status",
                                "Status",
                                true,
                                "Not Started",
                                "In Progress",
                                "Completed",
                                "Waiting on someone else",
                                "Deferred"),
                        "Not Started"),
                defaulted(
                        picklist("Priority", "Priority", true, "High", "Normal", "Low"), "Normal"),
                of("Description", "Description", FieldType.TEXTAREA, 32000),
                picklist("TaskSubtype", "Task Subtype", true, "Task", "Email", "Call"),
                derived("IsClosed", "Closed", FieldType.BOOLEAN, 0),
                of("CallDurationInSeconds", "Call Duration", FieldType.INT, 0),
                picklist("CallType", "Call Type", true, "Internal", "Inbound", "Outbound"));
    }

    private static ObjectDef event() {
        return object(
                "Event",
                "Event",
                "Events",
                "00U",
                true,
                who(),
                what(),
                subject(),
                of("StartDateTime", "Start", FieldType.DATETIME, 0),
                of("EndDateTime", "End", FieldType.DATETIME, 0),
                of("DurationInMinutes", "Duration", FieldType.INT, 0),
                text("Location", "Location", 255),
                flag("IsAllDayEvent", "All-Day Event"),
                of("Description", "Description", FieldType.TEXTAREA, 32000));
    }

    private static FieldDef who() {
        return ref("WhoId", "Name ID", "Who", "Contact", "Lead");
    }

    private static FieldDef what() {
        return ref(
                "WhatId",
                "Related To ID",
                "What",
                "Account",
                "Opportunity",
                "Case",
                "Campaign",
                "Project__c");
    }

    private static FieldDef subject() {
        return of("Subject", "Subject", FieldType.COMBOBOX, 255)
                .withPicklist(List.of("Call", "Send Letter", "Send Quote", "Other"), false);
    }

    private static ObjectDef campaign() {
        return object(
                "Campaign",
                "Campaign",
                "Campaigns",
                "701",
                true,
                required(text("Name", "Name", 80)),
                picklist(
                        "Type",
                        "Type",
                        false,
                        "Conference",
                        "Webinar",
                        "Email",
                        "Advertisement",
                        "Other"),
                picklist(
                        "Status",
                        "Status",
                        false,
                        "Planned",
                        "In Progress",
                        "Completed",
                        "Aborted"),
                of("StartDate", "Start Date", FieldType.DATE, 0),
                of("EndDate", "End Date", FieldType.DATE, 0),
                flag("IsActive", "Active"),
                of("Description", "Description", FieldType.TEXTAREA, 32000));
    }

    private static ObjectDef campaignMember() {
        return object(
                "CampaignMember",
                "Campaign Member",
                "Campaign Members",
                "00v",
                false,
                required(ref("CampaignId", "Campaign ID", "Campaign", "Campaign")),
                ref("ContactId", "Contact ID", "Contact", "Contact"),
                ref("LeadId", "Lead ID", "Lead", "Lead"),
                defaulted(picklist("Status", "Status", false, "Sent", "Responded"), "Sent"),
                derived("HasResponded", "Responded", FieldType.BOOLEAN, 0));
    }

    private static ObjectDef project() {
        return object(
                "Project__c",
                "Project",
                "Projects",
                "a0X",
                true,
                required(text("Name", "Project Name", 80)),
                ref("Account__c", "Account", "Account__r", "Account"),
                picklist("Status__c", "Status", true, "Planned", "Active", "Done"),
                of("Budget__c", "Budget", FieldType.CURRENCY, 0),
                of("Start_Date__c", "Start Date", FieldType.DATE, 0),
                externalId("HubSpot_Id__c", "HubSpot Id"));
    }
}
