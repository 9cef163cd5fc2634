package org.contactexport.security;

import com.nimbusds.jose.JOSEException;
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

/**
 * Issues bearer tokens signed with the platform's secret. Production tokens come from the
 * SaaS's identity provider; this serves the local run, the demo accounts and the tests.
 */
public final class AccountTokens {

    /** The claim that names the account. */
    public static final String ACCOUNT_CLAIM = "account";

    /** The optional claim that lists the user's roles in the account, e.g. {@code admin}. */
    public static final String ROLES_CLAIM = "roles";

    private AccountTokens() {
    }

    /** A token for a user without any role. */
    public static String issue(String secret, String accountId, String userId, Duration ttl) {
        return issue(secret, accountId, userId, List.of(), ttl);
    }

    /** A token for a user holding the given roles (e.g. {@link AccountUser#ADMIN_ROLE}). */
    public static String issue(String secret, String accountId, String userId, List<String> roles,
            Duration ttl) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(userId)
                .claim(ACCOUNT_CLAIM, accountId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)));
        if (!roles.isEmpty()) {
            claims.claim(ROLES_CLAIM, List.copyOf(roles));
        }

        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The JWT secret cannot sign HS256 tokens", e);
        }
        return jwt.serialize();
    }
}
