package io.anxin.kiosk.sync;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to reach the central server ({@code central.url}, {@code central.token-file},
 * {@code central.ca-file} of kiosk.properties) and the timeouts of every call.
 *
 * @param connectTimeout time to open the connection (TCP and TLS)
 * @param requestTimeout time from sending a request to the end of its answer's headers
 */
public record CentralSettings(URI baseUrl, String terminalId, String appVersion, Optional<Path> tokenFile,
                              Optional<Path> caFile, Duration connectTimeout, Duration requestTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    public CentralSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(appVersion, "appVersion");
        Objects.requireNonNull(tokenFile, "tokenFile");
        Objects.requireNonNull(caFile, "caFile");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        String scheme = baseUrl.getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("central.url must be an http or https URL, not " + baseUrl);
        }
    }

    /** The defaults' timeouts. */
    public static CentralSettings of(URI baseUrl, String terminalId, String appVersion, Optional<Path> tokenFile,
                                     Optional<Path> caFile) {
        return new CentralSettings(baseUrl, terminalId, appVersion, tokenFile, caFile, DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_REQUEST_TIMEOUT);
    }
}
