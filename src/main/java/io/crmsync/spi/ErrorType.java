package io.crmsync.spi;

/** The error families a RevOps admin sees on Sync Health, one card each. */
public enum ErrorType {
    ASSOCIATIONS("Associations"),
    CUSTOM_CODE("Salesforce custom code"),
    DUPLICATES("Duplicates"),
    PERMISSIONS("Permissions"),
    PICKLIST_VALUES("Picklist values"),
    PROPERTY_VALUES("Property values"),
    CONNECTION("Connection");

    private final String label;

    ErrorType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
