package org.contactexport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

class AccountClaimsValidatorTest {

    private static final String ACCOUNT_MALFORMED =
            "The 'account' claim is malformed: it must match [a-z0-9][a-z0-9_-]{0,62}";
    private static final String SUB_MALFORMED =
            "The 'sub' claim is malformed: it must match [A-Za-z0-9._@-]{1,100}";

    private final AccountClaimsValidator validator = new AccountClaimsValidator();

    @ParameterizedTest
    @ValueSource(strings = {"fleurs", "a", "velos-2", "acme_eu", "0"})
    void acceptsAWellFormedAccount(String account) {
        // given
        Jwt jwt = token(Map.of("account", account, "sub", "alice"));

        // when
        OAuth2TokenValidatorResult result = validator.validate(jwt);

        // then
        assertThat(result.hasErrors()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc", "a/b", "..", ".", "Fleurs", "-fleurs", "_a", "", " ",
            "fleurs ", "a\\b", "é"})
    void refusesAnAccountThatCouldEscapeItsFolderOrIsNotAnId(String account) {
        // given
        Jwt jwt = token(Map.of("account", account, "sub", "alice"));

        // when
        OAuth2TokenValidatorResult result = validator.validate(jwt);

        // then
        assertThat(result.getErrors()).extracting(OAuth2Error::getErrorCode,
                OAuth2Error::getDescription).containsExactly(
                        tuple("invalid_token", ACCOUNT_MALFORMED));
    }

    @Test
    void acceptsAnAccountOf63CharactersAndRefusesOneOf64() {
        // given
        Jwt longest = token(Map.of("account", "a".repeat(63), "sub", "alice"));
        Jwt tooLong = token(Map.of("account", "a".repeat(64), "sub", "alice"));
        Jwt farTooLong = token(Map.of("account", "a".repeat(101), "sub", "alice"));

        // when / then
        assertThat(validator.validate(longest).hasErrors()).isFalse();
        assertThat(descriptions(validator.validate(tooLong))).containsExactly(ACCOUNT_MALFORMED);
        assertThat(descriptions(validator.validate(farTooLong))).containsExactly(ACCOUNT_MALFORMED);
    }

    @Test
    void refusesATokenWithoutAccountOrWithANonTextAccount() {
        // given
        Jwt missing = token(Map.of("sub", "alice"));
        Jwt number = token(Map.of("account", 42, "sub", "alice"));

        // when / then
        assertThat(descriptions(validator.validate(missing))).containsExactly(ACCOUNT_MALFORMED);
        assertThat(descriptions(validator.validate(number))).containsExactly(ACCOUNT_MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "user-1", "marc.dupont@fleurs.example", "A_B", "x"})
    void acceptsAWellFormedSubject(String subject) {
        // given
        Jwt jwt = token(Map.of("account", "fleurs", "sub", subject));

        // when
        OAuth2TokenValidatorResult result = validator.validate(jwt);

        // then
        assertThat(result.hasErrors()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/b", "alice bob", "../x", "a\nb", "<script>"})
    void refusesAMalformedSubject(String subject) {
        // given
        Jwt jwt = token(Map.of("account", "fleurs", "sub", subject));

        // when
        OAuth2TokenValidatorResult result = validator.validate(jwt);

        // then
        assertThat(descriptions(result)).containsExactly(SUB_MALFORMED);
    }

    @Test
    void acceptsASubjectOf100CharactersAndRefusesOneOf101() {
        // given
        Jwt longest = token(Map.of("account", "fleurs", "sub", "u".repeat(100)));
        Jwt tooLong = token(Map.of("account", "fleurs", "sub", "u".repeat(101)));

        // when / then
        assertThat(validator.validate(longest).hasErrors()).isFalse();
        assertThat(descriptions(validator.validate(tooLong))).containsExactly(SUB_MALFORMED);
    }

    @Test
    void acceptsAListOfRolesAndRefusesRolesThatAreNotAListOfStrings() {
        // given
        Jwt roles = token(Map.of("account", "fleurs", "sub", "alice", "roles", List.of("admin")));
        Jwt text = token(Map.of("account", "fleurs", "sub", "alice", "roles", "admin"));
        Jwt numbers = token(Map.of("account", "fleurs", "sub", "alice", "roles", List.of(1)));

        // when / then
        assertThat(validator.validate(roles).hasErrors()).isFalse();
        assertThat(descriptions(validator.validate(text))).containsExactly(
                "The 'roles' claim is malformed: it must be a list of strings");
        assertThat(descriptions(validator.validate(numbers))).containsExactly(
                "The 'roles' claim is malformed: it must be a list of strings");
    }

    private static Jwt token(Map<String, Object> claims) {
        return Jwt.withTokenValue("token")
                .header("alg", "HS256")
                .issuedAt(Instant.now())
                .claims(all -> all.putAll(claims))
                .build();
    }

    private static List<String> descriptions(OAuth2TokenValidatorResult result) {
        return result.getErrors().stream().map(OAuth2Error::getDescription).toList();
    }
}
