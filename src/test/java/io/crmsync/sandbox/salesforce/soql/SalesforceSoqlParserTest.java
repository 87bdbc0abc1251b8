package io.crmsync.sandbox.salesforce.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsync.sandbox.salesforce.soql.SoqlQuery.Literal;

import org.junit.jupiter.api.Test;

import java.util.List;

class SalesforceSoqlParserTest {

    @Test
    void parsesFieldsRelationshipsOrderLimitAndOffset() {
        SoqlQuery query =
                SoqlParser.parse(
                        "SELECT Id, LastName, Account.Name FROM Contact"
                                + " ORDER BY SystemModstamp DESC NULLS LAST, Id LIMIT 10 OFFSET 5");

        assertThat(query.fields())
                .extracting(SoqlQuery.Path::parts)
                .containsExactly(List.of("Id"), List.of("LastName"), List.of("Account", "Name"));
        assertThat(query.object()).isEqualTo("Contact");
        assertThat(query.orderBy()).hasSize(2);
        assertThat(query.orderBy().get(0).ascending()).isFalse();
        assertThat(query.orderBy().get(0).nullsFirst()).isFalse();
        assertThat(query.orderBy().get(1).nullsFirst()).isTrue();
        assertThat(query.limit()).isEqualTo(10);
        assertThat(query.offset()).isEqualTo(5);
    }

    @Test
    void andBindsTighterThanOrAndParenthesesAndNotNest() {
        SoqlQuery query =
                SoqlParser.parse(
                        "SELECT Id FROM Lead WHERE NOT (Email = null)"
                                + " AND Status != 'Closed' OR Company LIKE 'Ac%'");

        assertThat(query.where()).isInstanceOf(SoqlQuery.Or.class);
        var or = (SoqlQuery.Or) query.where();
        assertThat(or.parts().get(0)).isInstanceOf(SoqlQuery.And.class);
        var and = (SoqlQuery.And) or.parts().get(0);
        assertThat(and.parts().get(0)).isInstanceOf(SoqlQuery.Not.class);
        assertThat(((SoqlQuery.Comparison) or.parts().get(1)).op()).isEqualTo("LIKE");
    }

    @Test
    void readsEveryKindOfLiteral() {
        SoqlQuery query =
                SoqlParser.parse(
                        "SELECT Id FROM Contact WHERE SystemModstamp > 2024-05-01T00:00:00Z AND"
                            + " Birthdate = 1990-01-02 AND CreatedDate = LAST_N_DAYS:7 AND"
                            + " LastModifiedDate < TODAY AND Amount >= -1.5 AND IsDeleted = false"
                            + " AND Name IN ('a', 'b\\'c') AND Id NOT IN ('x') AND SystemModstamp"
                            + " <= 2024-05-01T00:00:00.000+02:00");

        var parts = ((SoqlQuery.And) query.where()).parts();
        assertThat(((SoqlQuery.Comparison) parts.get(0)).value().kind())
                .isEqualTo(Literal.Kind.DATETIME);
        assertThat(((SoqlQuery.Comparison) parts.get(1)).value().kind())
                .isEqualTo(Literal.Kind.DATE);
        Literal lastDays = ((SoqlQuery.Comparison) parts.get(2)).value();
        assertThat(lastDays.kind()).isEqualTo(Literal.Kind.DATE_FUNCTION);
        assertThat(lastDays.amount()).isEqualTo(7);
        assertThat(((SoqlQuery.Comparison) parts.get(3)).value().text()).isEqualTo("TODAY");
        assertThat(((SoqlQuery.Comparison) parts.get(4)).value().text()).isEqualTo("-1.5");
        assertThat(((SoqlQuery.Comparison) parts.get(5)).value().kind())
                .isEqualTo(Literal.Kind.BOOLEAN);
        assertThat(((SoqlQuery.In) parts.get(6)).values())
                .extracting(Literal::text)
                .containsExactly("a", "b'c");
        assertThat(((SoqlQuery.In) parts.get(7)).negated()).isTrue();
        assertThat(((SoqlQuery.Comparison) parts.get(8)).value().kind())
                .isEqualTo(Literal.Kind.DATETIME);
    }

    @Test
    void countIsRecognised() {
        assertThat(SoqlParser.parse("select count() from Contact").count()).isTrue();
    }

    @Test
    void aWrongFirstWordIsTheRecordedMalformedQuery() {
        assertThatThrownBy(() -> SoqlParser.parse("SELEKT Id FROM Account"))
                .isInstanceOf(SoqlException.class)
                .hasMessage("unexpected token: SELEKT")
                .extracting(e -> ((SoqlException) e).errorCode())
                .isEqualTo("MALFORMED_QUERY");
    }

    @Test
    void laterErrorsPointAtTheToken() {
        assertThatThrownBy(() -> SoqlParser.parse("SELECT Id FROM Account WHERE"))
                .hasMessage(
                        "\nSELECT Id FROM Account WHERE\n                            ^\n"
                                + "ERROR at Row:1:Column:29\nunexpected token: <EOF>");
        assertThatThrownBy(() -> SoqlParser.parse("SELECT Id FROM Account LIMIT x"))
                .isInstanceOf(SoqlException.class);
        assertThatThrownBy(() -> SoqlParser.parse("SELECT Id FROM Account WHERE Name = 'open"))
                .isInstanceOf(SoqlException.class);
    }

    @Test
    void likeMatchesWithWildcardsIgnoringCase() {
        assertThat(Conditions.like("Acme Inc.", "ac%")).isTrue();
        assertThat(Conditions.like("Acme", "A_me")).isTrue();
        assertThat(Conditions.like("Acme", "cme%")).isFalse();
        assertThat(Conditions.like("a.b", "a.%")).isTrue();
    }

    @Test
    void childSubqueriesAreParsedInTheFieldList() {
        SoqlQuery query =
                SoqlParser.parse(
                        "SELECT Name, (SELECT Id, LastName FROM Contacts WHERE Email != null ORDER"
                                + " BY LastName LIMIT 3), Id FROM Account");

        assertThat(query.fields()).hasSize(2);
        assertThat(query.subqueries()).hasSize(1);
        SoqlQuery child = query.subqueries().getFirst();
        assertThat(child.object()).isEqualTo("Contacts");
        assertThat(child.limit()).isEqualTo(3);
        assertThat(child.where()).isInstanceOf(SoqlQuery.Comparison.class);
    }
}
