package io.crmsync.base;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One record on the Sandbox CRMs page. Pages that link to a sandbox record build the address here,
 * and the Sandbox page reads it back here, so that both agree on its form: {@code
 * sandbox?side=salesforce&object=Lead&id=00Q...}.
 */
public record SandboxLink(ExternalSystem system, String objectType, String id) {

    /** The route of the Sandbox CRMs page. */
    public static final String ROUTE = "sandbox";

    private static final String SIDE = "side";
    private static final String OBJECT = "object";
    private static final String ID = "id";

    public SandboxLink {
        if (system == null || blank(objectType) || blank(id)) {
            throw new IllegalArgumentException("A sandbox link needs a side, an object and an id");
        }
    }

    /** The address of the record on the Sandbox page, relative to the app. */
    public String location() {
        return ROUTE
                + "?"
                + SIDE
                + "="
                + system.name().toLowerCase(Locale.ROOT)
                + "&"
                + OBJECT
                + "="
                + encode(objectType)
                + "&"
                + ID
                + "="
                + encode(id);
    }

    /**
     * The record named by a Sandbox page address's query parameters, or empty when they do not name
     * one.
     */
    public static Optional<SandboxLink> of(Map<String, List<String>> parameters) {
        String side = first(parameters, SIDE);
        String object = first(parameters, OBJECT);
        String id = first(parameters, ID);
        if (blank(side) || blank(object) || blank(id)) {
            return Optional.empty();
        }
        for (ExternalSystem system : ExternalSystem.values()) {
            if (system.name().equalsIgnoreCase(side.strip())) {
                return Optional.of(new SandboxLink(system, object.strip(), id.strip()));
            }
        }
        return Optional.empty();
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
