package io.anxin.kiosk.app;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Config {@code hall.listen}: where the hall node serves the queue API, {@code HOST:PORT}. The host is an
 * address of this machine ({@code 0.0.0.0} = every interface; {@code 127.0.0.1} = this machine only,
 * as in demo mode).
 */
public record HallListen(String host, int port) {

    static final String EXPECTED = "HOST:PORT, such as 192.168.1.10:8470, 0.0.0.0:8470 or 127.0.0.1:8470 (port 1 to 65535)";

    private static final Pattern FORM = Pattern.compile("([A-Za-z0-9.\\-]{1,253}|\\[[0-9A-Fa-f:]{2,39}\\]):(\\d{1,5})");

    /** The parsed value, or null when it is not {@code HOST:PORT} (ConfigLoader then reports the line). */
    static HallListen parse(String value) {
        Matcher m = FORM.matcher(value);
        if (!m.matches()) {
            return null;
        }
        int port = Integer.parseInt(m.group(2));
        if (port < 1 || port > 65535) {
            return null;
        }
        String host = m.group(1);
        return new HallListen(host.startsWith("[") ? host.substring(1, host.length() - 1) : host, port);
    }

    /** The URL a process on this machine uses to reach the node. */
    public java.net.URI loopbackUrl() {
        return java.net.URI.create("http://127.0.0.1:" + port + "/");
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
