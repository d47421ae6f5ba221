package org.minsheng.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Where a sign-in attempt comes from, as the throttle counts it: the client address the servlet
 * container reports. That is the TCP peer unless the container was told which proxy to believe
 * ({@code server.forward-headers-strategy=native} with {@code server.tomcat.remoteip.internal-proxies}):
 * an X-Forwarded-For header is anyone's to write, so by default it is ignored.
 *
 * <p>An IPv6 address counts by its /64, since one home or server usually holds a whole /64 and
 * could otherwise step to a fresh address for every attempt.
 */
record LoginSource(String key) {

    static final LoginSource UNKNOWN = new LoginSource("unknown");

    static LoginSource of(Object authenticationDetails) {
        return authenticationDetails instanceof WebAuthenticationDetails web
                ? ofAddress(web.getRemoteAddress())
                : UNKNOWN;
    }

    static LoginSource ofAddress(String address) {
        if (address == null || address.isBlank()) {
            return UNKNOWN;
        }
        InetAddress parsed;
        try {
            // a literal only: never a name lookup
            parsed = InetAddress.ofLiteral(address.strip());
        } catch (IllegalArgumentException notAnAddress) {
            return UNKNOWN;
        }
        if (parsed instanceof Inet6Address) {
            var bytes = Arrays.copyOf(parsed.getAddress(), 16);
            Arrays.fill(bytes, 8, 16, (byte) 0);
            try {
                return new LoginSource(InetAddress.getByAddress(bytes).getHostAddress() + "/64");
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return new LoginSource(parsed.getHostAddress());
    }
}
