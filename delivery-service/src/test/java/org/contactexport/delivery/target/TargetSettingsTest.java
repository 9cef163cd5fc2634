package org.contactexport.delivery.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class TargetSettingsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(CipherOnly.class);

    @Test
    void withoutASecretKeyTheServiceDoesNotStart() {
        context.run(started -> assertThat(started).hasFailed()
                .getFailure().rootCause()
                .hasMessageContaining("platform.delivery.secret-key"));
    }

    @Test
    void aKeyThatIsNot32BytesIsRefused() {
        context.withPropertyValues("platform.delivery.secret-key=c2hvcnQ=")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessage("platform.delivery.secret-key must decode to 32 bytes "
                                + "(AES-256), not 5"));
    }

    @Test
    void aSecretEncryptsToADifferentTextEachTimeAndDecryptsBack() {
        context.withPropertyValues(
                        "platform.delivery.secret-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")
                .run(started -> {
                    SecretCipher cipher = started.getBean(SecretCipher.class);

                    String once = cipher.encrypt("s3cret-pa55");
                    String twice = cipher.encrypt("s3cret-pa55");

                    assertThat(once).isNotEqualTo(twice).doesNotContain("s3cret");
                    assertThat(cipher.decrypt(once)).isEqualTo("s3cret-pa55");
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TargetSettings.class)
    @Import(SecretCipher.class)
    static class CipherOnly {
    }
}
