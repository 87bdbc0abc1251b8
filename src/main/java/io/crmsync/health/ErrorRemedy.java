package io.crmsync.health;

/** The one-click remedies of a root-cause error group (PRODUCT.md B6). */
public enum ErrorRemedy {
    /** Translate the refused picklist value to an allowed one. */
    TRANSLATE,
    /** Cut text to the target field's length. */
    TRUNCATE,
    /** Write a default value in place of a blank or unusable one. */
    DEFAULT_VALUE,
    /** Stop syncing the field for the group's records. */
    SKIP_FIELD
}
