package io.crmsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimesTest {

    @Test
    void readsTheStoredFormatAsAnInstantWould() {
        for (String iso :
                new String[] {
                    "2026-11-29T01:32:15.482Z",
                    "1970-01-01T00:00:00.000Z",
                    "2024-02-29T23:59:59.999Z"
                }) {
            assertThat(Times.parse(iso)).as(iso).isEqualTo(Instant.parse(iso).toEpochMilli());
            assertThat(Times.parse(Times.iso(Instant.parse(iso).toEpochMilli()))).isNotNull();
        }
    }

    @Test
    void readsOtherFormatsAndRejectsImpossibleDates() {
        assertThat(Times.parse("2026-11-29T01:32:15Z"))
                .isEqualTo(Instant.parse("2026-11-29T01:32:15Z").toEpochMilli());
        assertThat(Times.parse("2026-11-29"))
                .isEqualTo(Instant.parse("2026-11-29T00:00:00Z").toEpochMilli());
        assertThat(Times.parse("1764379935482")).isEqualTo(1764379935482L);
        assertThat(Times.parse("2026-02-30T00:00:00.000Z")).isNull();
        assertThat(Times.parse("2026-11-29T01:32:15.48xZ")).isNull();
        assertThat(Times.parse("tomorrow")).isNull();
    }
}
