package org.contactexport.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class OutboxAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OutboxAutoConfiguration.class));

    @Test
    void aServiceThatDoesNotEnableTheOutboxGetsNoRelay() {
        context.run(started -> assertThat(started)
                .doesNotHaveBean(Outbox.class)
                .doesNotHaveBean(OutboxRelay.class));
    }
}
