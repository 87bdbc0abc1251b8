package io.crmsync.connector.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoqlTest {

    @Test
    void quotesAndBackslashesAreEscapedSoAValueCannotEndItsLiteral() {
        assertThat(Soql.quote("' OR Id != '")).isEqualTo("'\\' OR Id != \\''");
        assertThat(Soql.quote("a\\' OR 1=1")).isEqualTo("'a\\\\\\' OR 1=1'");
        assertThat(Soql.quote("O'Brien")).isEqualTo("'O\\'Brien'");
    }

    @Test
    void controlCharactersAndDoubleQuotesAreEscaped() {
        assertThat(Soql.quote("a\nb\rc\td\"e\bf\fg")).isEqualTo("'a\\nb\\rc\\td\\\"e\\bf\\fg'");
    }

    @Test
    void anEscapedValueNeverLeavesAnUnescapedQuoteInside() {
        for (String hostile : List.of("'", "\\'", "\\\\'", "x' OR Name LIKE '%", "'');--")) {
            String quoted = Soql.quote(hostile);
            String inner = quoted.substring(1, quoted.length() - 1);
            assertThat(inner.replace("\\\\", "").replace("\\'", "")).doesNotContain("'");
        }
    }

    @Test
    void datetimesAreUnquotedUtcWithMillisecondsOnlyWhenThereAreSome() {
        assertThat(Soql.datetime(Instant.parse("2024-05-01T00:00:00Z")))
                .isEqualTo("2024-05-01T00:00:00Z");
        assertThat(Soql.datetime(Instant.parse("2024-05-01T12:34:56.789123Z")))
                .isEqualTo("2024-05-01T12:34:56.789Z");
    }

    @Test
    void namesOutsideLettersDigitsUnderscoresAndDotsAreRefused() {
        assertThat(Soql.name("Account.Owner_Name__c")).isEqualTo("Account.Owner_Name__c");
        for (String bad : List.of("Id,Name", "Id FROM User--", "Name'", "", " Id", "a b")) {
            assertThatThrownBy(() -> Soql.name(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Soql.name(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void selectAndInBuildCheckedText() {
        assertThat(
                        Soql.select(List.of("Id", "Email"), "Contact")
                                + " WHERE Email IN "
                                + Soql.in(List.of("a@x.com", "o'b@x.com")))
                .isEqualTo("SELECT Id,Email FROM Contact WHERE Email IN ('a@x.com','o\\'b@x.com')");
        assertThatThrownBy(() -> Soql.select(List.of("Id"), "Contact WHERE Id != null"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyLookupsAreChunkedByCountAndByUrlLength() {
        List<String> short500 =
                java.util.stream.IntStream.range(0, 500).mapToObj(i -> "v" + i).toList();
        List<String> long150 =
                java.util.stream.IntStream.range(0, 190)
                        .mapToObj(
                                i ->
                                        "a-rather-long-address-number-"
                                                + i
                                                + "-with-a-long-department-name@example.com")
                        .toList();

        assertThat(Queries.chunks(short500)).extracting(List::size).containsExactly(200, 200, 100);
        assertThat(Queries.chunks(long150))
                .hasSizeGreaterThan(1)
                .allSatisfy(
                        chunk ->
                                assertThat(Soql.in(chunk).length())
                                        .isLessThan(Queries.MAX_VALUE_CHARS));
    }
}
