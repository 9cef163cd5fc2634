package org.contactexport.delivery.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TargetHostPolicyTest {

    private final TargetHostPolicy production =
            new TargetHostPolicy(new TargetSettings("key", false, Duration.ofSeconds(1)));
    private final TargetHostPolicy local =
            new TargetHostPolicy(new TargetSettings("key", true, Duration.ofSeconds(1)));

    @Test
    void inProductionANameResolvingToThisMachineIsRefusedBeforeConnecting() {
        assertThat(production.refusalOf("localhost")).isNull();

        assertThatThrownBy(() -> production.addressOf("localhost"))
                .isInstanceOf(TargetRefusedException.class)
                .hasMessage("localhost is refused: it is this platform's own machine "
                        + "(loopback)");
    }

    @Test
    void loopbackIsAllowedOnlyWhenTheSettingSaysSo() throws Exception {
        assertThat(production.refusalOf("127.0.0.1"))
                .isEqualTo("it is this platform's own machine (loopback)");
        assertThat(local.refusalOf("127.0.0.1")).isNull();
        assertThat(local.addressOf("127.0.0.1").getHostAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void linkLocalAndMetadataAddressesAreAlwaysRefused() {
        String never = "link-local and cloud metadata addresses are never reachable as targets";

        assertThat(local.refusalOf("169.254.169.254")).isEqualTo(never);
        assertThat(local.refusalOf("fe80::1")).isEqualTo(never);
        assertThat(local.refusalOf("100.100.100.200")).isEqualTo(never);
        assertThat(local.refusalOf("fd00:ec2::254")).isEqualTo(never);
        assertThat(local.refusalOf("0.0.0.0")).isEqualTo("it is not the address of one server");
    }
}
