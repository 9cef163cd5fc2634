package org.contactexport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** The decoder the services use, fed with tokens signed by the platform's secret. */
class AccountTokensTest {

    private static final String SECRET = "a-test-secret-of-at-least-32-characters";

    private final JwtDecoder decoder = new AccountSecurityAutoConfiguration()
            .accountJwtDecoder(new AccountSecurityProperties(SECRET));

    @Test
    void aTokenWithoutRolesNamesAnAccountUserWhoIsNotAdmin() {
        // given
        String token = AccountTokens.issue(SECRET, "fleurs", "marc", Duration.ofMinutes(5));

        // when
        Jwt jwt = decoder.decode(token);

        // then
        assertThat(jwt.getClaimAsString("account")).isEqualTo("fleurs");
        assertThat(jwt.getSubject()).isEqualTo("marc");
        assertThat(jwt.hasClaim("roles")).isFalse();
        assertThat(new AccountUser("fleurs", "marc").admin()).isFalse();
    }

    @Test
    void aTokenIssuedWithTheAdminRoleCarriesIt() {
        // given
        String token = AccountTokens.issue(SECRET, "fleurs", "alice", List.of("admin"),
                Duration.ofMinutes(5));

        // when
        Jwt jwt = decoder.decode(token);

        // then
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("admin");
        assertThat(new AccountUser("fleurs", "alice", Set.of("admin")).admin()).isTrue();
        assertThat(new AccountUser("fleurs", "alice", Set.of("auditor")).admin()).isFalse();
    }

    @Test
    void aSignedTokenWithAPathAsAccountIsRefusedSayingWhichClaimIsMalformed() {
        // given
        String token = signed("../../etc", "bob");

        // when / then
        assertThatThrownBy(() -> decoder.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("The 'account' claim is malformed");
    }

    @Test
    void aSignedTokenWithA101CharacterAccountIsRefused() {
        // given
        String token = signed("a".repeat(101), "bob");

        // when / then
        assertThatThrownBy(() -> decoder.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("The 'account' claim is malformed");
    }

    @Test
    void aSignedTokenWithASlashInTheSubjectIsRefused() {
        // given
        String token = signed("velos", "a/b");

        // when / then
        assertThatThrownBy(() -> decoder.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("The 'sub' claim is malformed");
    }

    /** A token built by hand, as a caller holding the secret could forge it. */
    private static String signed(String account, String subject) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("account", account)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
