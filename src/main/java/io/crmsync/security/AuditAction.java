package io.crmsync.security;

import java.util.Arrays;

/**
 * What an audit entry records, with the words the Audit log shows for it. The name is what the
 * database keeps; the label is what a person reads.
 */
public enum AuditAction {
    FIRST_ADMIN_CREATED("First admin created"),
    LOGIN_SUCCEEDED("Signed in"),
    LOGIN_FAILED("Sign-in failed"),
    LOGOUT("Signed out"),
    ACCOUNT_LOCKED("Account locked after failed sign-ins"),
    SIGN_INS_PAUSED("Sign-ins from an address paused after failed attempts"),
    USER_CREATED("User created"),
    USER_ROLE_CHANGED("User's role changed"),
    USER_ENABLED("User enabled"),
    USER_DISABLED("User disabled"),
    USER_PASSWORD_RESET("User's password reset by an Admin"),
    USER_UNLOCKED("User unlocked"),
    PASSWORD_CHANGED("Own password changed"),
    CONNECTION_CHANGED("CRM connection changed"),
    API_ALLOCATION_CHANGED("API allocation changed"),
    CONTACT_SETTINGS_CHANGED("Contact sync settings changed"),
    CONTACT_MAPPING_ADDED("Contact field mapping added"),
    CONTACT_MAPPING_CHANGED("Contact field mapping changed"),
    CONTACT_MAPPING_REMOVED("Contact field mapping removed"),
    COMPANY_SETTINGS_CHANGED("Company sync settings changed"),
    COMPANY_MAPPING_ADDED("Company field mapping added"),
    COMPANY_MAPPING_CHANGED("Company field mapping changed"),
    COMPANY_MAPPING_REMOVED("Company field mapping removed"),
    DEAL_SETTINGS_CHANGED("Deal sync settings changed"),
    DEAL_MAPPING_ADDED("Deal field mapping added"),
    DEAL_MAPPING_CHANGED("Deal field mapping changed"),
    DEAL_MAPPING_REMOVED("Deal field mapping removed"),
    DEAL_STAGE_MAPPING_ADDED("Deal stage mapping added"),
    DEAL_STAGE_MAPPING_CHANGED("Deal stage mapping changed"),
    DEAL_STAGE_MAPPING_REMOVED("Deal stage mapping removed"),
    CONTACT_FIELD_SKIPPED("Field skipped for some contacts"),
    CONTACT_FIELD_SKIP_REMOVED("Skipped field synced again"),
    SYNC_RESYNC("Resync started"),
    SYNC_SUSPENSION_CLEARED("Sync suspension cleared"),
    SANDBOX_FAULTS_CHANGED("Sandbox faults changed"),
    SANDBOX_FAULTS_CLEARED("Sandbox faults cleared");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The label of a stored action; an action no longer known (from an older version) is shown as a
     * sentence made of its name.
     */
    public static String labelOf(String storedName) {
        if (storedName == null) {
            return "";
        }
        return Arrays.stream(values())
                .filter(action -> action.name().equals(storedName))
                .map(AuditAction::label)
                .findFirst()
                .orElseGet(() -> sentenceOf(storedName));
    }

    private static String sentenceOf(String name) {
        String words = name.replace('_', ' ').toLowerCase(java.util.Locale.ROOT).strip();
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
