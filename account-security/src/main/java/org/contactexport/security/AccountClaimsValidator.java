package org.contactexport.security;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a token whose account, subject or roles could not safely name a tenant, a user or a
 * file path: services use the account id in storage paths and queries, so it is checked here,
 * once, for all of them.
 */
final class AccountClaimsValidator implements OAuth2TokenValidator<Jwt> {

    static final Pattern ACCOUNT_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");
    static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    private static final String INVALID_TOKEN = "invalid_token";

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        Object account = jwt.getClaims().get(AccountTokens.ACCOUNT_CLAIM);
        if (!matches(account, ACCOUNT_ID)) {
            return failure("The 'account' claim is malformed: it must match "
                    + ACCOUNT_ID.pattern());
        }

        Object subject = jwt.getClaims().get("sub");
        if (!matches(subject, USER_ID)) {
            return failure("The 'sub' claim is malformed: it must match " + USER_ID.pattern());
        }

        Object roles = jwt.getClaims().get(AccountTokens.ROLES_CLAIM);
        if (roles != null && !isListOfStrings(roles)) {
            return failure("The 'roles' claim is malformed: it must be a list of strings");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static boolean matches(Object claim, Pattern pattern) {
        return claim instanceof String value && pattern.matcher(value).matches();
    }

    private static boolean isListOfStrings(Object claim) {
        return claim instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        OAuth2Error error = new OAuth2Error(INVALID_TOKEN, description, null);
        return OAuth2TokenValidatorResult.failure(error);
    }
}
