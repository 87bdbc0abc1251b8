package io.crmsync.sandbox.salesforce.schema;

/** The field types the sandbox models, with the names and SOAP types that describe reports. */
public enum FieldType {
    ID("id", "tns:ID"),
    STRING("string", "xsd:string"),
    TEXTAREA("textarea", "xsd:string"),
    EMAIL("email", "xsd:string"),
    PHONE("phone", "xsd:string"),
    URL("url", "xsd:string"),
    PICKLIST("picklist", "xsd:string"),
    COMBOBOX("combobox", "xsd:string"),
    REFERENCE("reference", "tns:ID"),
    BOOLEAN("boolean", "xsd:boolean"),
    CURRENCY("currency", "xsd:double"),
    DOUBLE("double", "xsd:double"),
    PERCENT("percent", "xsd:double"),
    INT("int", "xsd:int"),
    DATE("date", "xsd:date"),
    DATETIME("datetime", "xsd:dateTime");

    private final String apiName;
    private final String soapType;

    FieldType(String apiName, String soapType) {
        this.apiName = apiName;
        this.soapType = soapType;
    }

    public String apiName() {
        return apiName;
    }

    public String soapType() {
        return soapType;
    }

    public boolean isText() {
        return switch (this) {
            case STRING, TEXTAREA, EMAIL, PHONE, URL, PICKLIST, COMBOBOX -> true;
            default -> false;
        };
    }

    public boolean isNumber() {
        return this == CURRENCY || this == DOUBLE || this == PERCENT || this == INT;
    }
}
