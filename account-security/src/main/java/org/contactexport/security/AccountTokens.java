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

/**
 * Issues bearer tokens signed with the platform's secret. Production tokens come from the
 * SaaS's identity provider; this serves the local run, the demo accounts and the tests.
 */
public final class AccountTokens {

    /** The claim that names the account. */
    public static final String ACCOUNT_CLAIM = "account";

    private AccountTokens() {
    }

    public static String issue(String secret, String accountId, String userId, Duration ttl) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(userId)
                .claim(ACCOUNT_CLAIM, accountId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The JWT secret cannot sign HS256 tokens", e);
        }
        return jwt.serialize();
    }
}
