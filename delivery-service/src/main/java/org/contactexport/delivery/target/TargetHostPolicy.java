package org.contactexport.delivery.target;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.stereotype.Component;

/**
 * Where a target may point. The platform connects on the customer's behalf, so a target must
 * not reach the platform's own machine or a cloud metadata service. The check runs on the
 * address actually connected to (resolved once here), so a name that resolves elsewhere
 * later cannot slip past it.
 *
 * <p>Known shortcoming: private ranges (10/8, 172.16/12, 192.168/16) are allowed, since a
 * customer may reach its server through a private link; in a deployment where they hold
 * platform services, a network policy on egress must close them.
 */
@Component
class TargetHostPolicy {

    private final boolean allowLoopback;

    TargetHostPolicy(TargetSettings settings) {
        this.allowLoopback = settings.allowLoopbackTargets();
    }

    /**
     * The reason the host is refused as written, or null. An IP address is checked at once;
     * a name is checked each time it is resolved, before connecting.
     */
    String refusalOf(String host) {
        if (host == null || host.isBlank()) {
            return "the host is missing";
        }
        if (!host.matches("[A-Za-z0-9.:\\-\\[\\]]{1,253}")) {
            return "the host must be a DNS name or an IP address";
        }
        if (isAddressLiteral(host)) {
            try {
                return refusalOf(InetAddress.getByName(host));
            } catch (UnknownHostException notAnAddress) {
                return "the host must be a DNS name or an IP address";
            }
        }
        return null;
    }

    private static boolean isAddressLiteral(String host) {
        // getByName does no lookup for these: dotted digits, or IPv6 with colons.
        return host.matches("[0-9.]+") || host.contains(":");
    }

    /**
     * The address to connect to.
     *
     * @throws UnknownHostException when the name does not resolve
     * @throws TargetRefusedException when the address is not allowed
     */
    InetAddress addressOf(String host) throws UnknownHostException {
        InetAddress address = InetAddress.getByName(host);
        String refusal = refusalOf(address);
        if (refusal != null) {
            throw new TargetRefusedException(host + " is refused: " + refusal);
        }
        return address;
    }

    private String refusalOf(InetAddress address) {
        if (address.isLinkLocalAddress() || isMetadata(address)) {
            return "link-local and cloud metadata addresses are never reachable as targets";
        }
        if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return "it is not the address of one server";
        }
        if (address.isLoopbackAddress() && !allowLoopback) {
            return "it is this platform's own machine (loopback)";
        }
        return null;
    }

    private static boolean isMetadata(InetAddress address) {
        byte[] bytes = address.getAddress();
        // Alibaba's 100.100.100.200 and AWS's IPv6 fd00:ec2::254 sit outside 169.254/16.
        boolean alibaba = bytes.length == 4 && (bytes[0] & 0xff) == 100
                && (bytes[1] & 0xff) == 100 && (bytes[2] & 0xff) == 100
                && (bytes[3] & 0xff) == 200;
        boolean awsV6 = address instanceof Inet6Address
                && address.getHostAddress().startsWith("fd00:ec2:");
        return alibaba || awsV6;
    }
}
