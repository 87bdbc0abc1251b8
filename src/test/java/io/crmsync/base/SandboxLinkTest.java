package io.crmsync.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxLinkTest {

    @Test
    void anAddressNamesTheSideTheObjectAndTheId() {
        assertThat(
                        new SandboxLink(ExternalSystem.SALESFORCE, "Lead", "00Q000000000001AAA")
                                .location())
                .isEqualTo("sandbox?side=salesforce&object=Lead&id=00Q000000000001AAA");
        assertThat(new SandboxLink(ExternalSystem.HUBSPOT, "contacts", "151").location())
                .isEqualTo("sandbox?side=hubspot&object=contacts&id=151");
    }

    @Test
    void theSandboxPageReadsTheRecordBackFromTheParameters() {
        assertThat(
                        SandboxLink.of(
                                Map.of(
                                        "side", List.of("HubSpot"),
                                        "object", List.of("contacts"),
                                        "id", List.of(" 151 "))))
                .hasValue(new SandboxLink(ExternalSystem.HUBSPOT, "contacts", "151"));
    }

    @Test
    void parametersThatNameNoRecordAreNoLink() {
        assertThat(SandboxLink.of(Map.of())).isEmpty();
        assertThat(SandboxLink.of(Map.of("q", List.of("151")))).isEmpty();
        assertThat(
                        SandboxLink.of(
                                Map.of(
                                        "side", List.of("pipedrive"),
                                        "object", List.of("contacts"),
                                        "id", List.of("151"))))
                .isEmpty();
        assertThatThrownBy(() -> new SandboxLink(ExternalSystem.HUBSPOT, "contacts", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
