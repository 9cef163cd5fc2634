package org.contactexport.delivery.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentDispositionTest {

    @Test
    void anAsciiNameIsGivenAsIsInBothParameters() {
        String header = AttachmentDisposition.of("contacts-2026-06-01.csv");

        assertThat(header).isEqualTo("attachment; filename=\"contacts-2026-06-01.csv\"; "
                + "filename*=UTF-8''contacts-2026-06-01.csv");
    }

    @Test
    void accentsAreDroppedFromTheFallbackAndKeptInTheUtf8Name() {
        String header = AttachmentDisposition.of("Désinscrits été.csv");

        assertThat(header).isEqualTo("attachment; filename=\"Desinscrits ete.csv\"; "
                + "filename*=UTF-8''D%C3%A9sinscrits%20%C3%A9t%C3%A9.csv");
    }

    @Test
    void quotesBackslashesAndOtherScriptsCannotBreakTheHeader() {
        String header = AttachmentDisposition.of("a\"b\\c 客户.csv");

        assertThat(header).isEqualTo("attachment; filename=\"a_b_c __.csv\"; "
                + "filename*=UTF-8''a%22b%5Cc%20%E5%AE%A2%E6%88%B7.csv");
    }
}
