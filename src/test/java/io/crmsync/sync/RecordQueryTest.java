package io.crmsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmsync.sync.RecordQuery.Kind;
import org.junit.jupiter.api.Test;

class RecordQueryTest {

    @Test
    void anAccountIdOfFifteenCharactersIsKeptAsEighteenAndNamesCompanies() {
        RecordQuery query = RecordQuery.parse(" 0015g00000AbCdE ");

        assertThat(query.kind()).isEqualTo(Kind.SALESFORCE_ID);
        assertThat(query.value()).isEqualTo("0015g00000AbCdEAAV");
        assertThat(query.salesforceType()).isEqualTo("Account");
        assertThat(query.object()).isEqualTo(SyncObject.COMPANY);
    }

    @Test
    void contactAndLeadIdsNameContacts() {
        assertThat(RecordQuery.parse("003Ab0000012345XYZ").salesforceType()).isEqualTo("Contact");
        assertThat(RecordQuery.parse("00Q000000000001").object()).isEqualTo(SyncObject.CONTACT);
    }

    @Test
    void digitsAreAHubSpotIdOfNoObjectInParticular() {
        RecordQuery query = RecordQuery.parse("1000123");

        assertThat(query.kind()).isEqualTo(Kind.HUBSPOT_ID);
        assertThat(query.object()).isNull();
    }

    @Test
    void anEmailIsLowerCased() {
        assertThat(RecordQuery.parse("Ada@Example.COM"))
                .isEqualTo(new RecordQuery(Kind.EMAIL, "ada@example.com", null));
    }

    @Test
    void aCompanyNameOrDomainIsANameAsTyped() {
        assertThat(RecordQuery.parse(" Globex Corp "))
                .isEqualTo(new RecordQuery(Kind.NAME, "Globex Corp", null));
        assertThat(RecordQuery.parse("globex.example").kind()).isEqualTo(Kind.NAME);
    }

    @Test
    void anIdOfAnObjectNoPairSyncsIsReadAsAName() {
        assertThat(RecordQuery.parse("005Ab0000012345").kind()).isEqualTo(Kind.NAME);
        assertThat(RecordQuery.salesforceTypeOf("005Ab0000012345")).isEmpty();
        assertThat(RecordQuery.parse("Fifteen letters").kind()).isEqualTo(Kind.NAME);
    }

    @Test
    void nothingTypedIsUnrecognised() {
        assertThat(RecordQuery.parse("  ").kind()).isEqualTo(Kind.UNRECOGNISED);
        assertThat(RecordQuery.parse(null).kind()).isEqualTo(Kind.UNRECOGNISED);
    }
}
