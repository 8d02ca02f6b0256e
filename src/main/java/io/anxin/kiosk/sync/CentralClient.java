package io.anxin.kiosk.sync;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.net.ssl.SSLException;

import io.anxin.kiosk.store.OutboxEntry;

/**
 * The kiosk's side of specs/central-sync.md over {@code java.net.http}: every call, with
 * {@code Authorization: Bearer}, {@code X-Terminal-Id}, connect and request timeouts, and TLS checked
 * against the system trust store or the {@code central.ca-file}. Every failure is a
 * {@link CentralException}. ID numbers and e-voucher codes travel only in request bodies.
 *
 * <p>Thread-safe; every call blocks (never call it on the JavaFX thread).
 */
public final class CentralClient {

    private final CentralSettings settings;
    private final Optional<TokenFile> token;
    private final HttpClient http;
    private final Clock clock;
    private final WireFormat wire = new WireFormat();

    /** @throws CentralException {@link CentralException.Kind#CONFIG} when the CA file cannot be used */
    public CentralClient(CentralSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.token = settings.tokenFile().map(TokenFile::new);
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .sslContext(TrustStores.context(settings.caFile()))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public CentralSettings settings() {
        return settings;
    }

    /** Changes when the token file is replaced (empty string when no token file is configured). */
    public String credentialsFingerprint() {
        return token.map(TokenFile::fingerprint).orElse("");
    }

    /** Reads the token now: {@link CentralException.Kind#CONFIG} when its file cannot be used. */
    public void checkCredentials() {
        token.ifPresent(TokenFile::token);
    }

    /** POST /v1/transactions with {@code entries} in the given (seq) order. */
    public BatchAnswer sendTransactions(String epoch, List<OutboxEntry> entries) {
        byte[] body = wire.transactions(settings.terminalId(), epoch, entries);
        HttpRequest.Builder request = post("/v1/transactions", body);
        if (entries.size() == 1) {
            request.header("Idempotency-Key", entries.get(0).id().toString());
        }
        HttpResponse<byte[]> answer = send(request, "transactions", Set.of(200));
        Set<UUID> sent = entries.stream().map(OutboxEntry::id).collect(Collectors.toSet());
        return wire.batchAnswer(answer.body(), sent);
    }

    /** GET /v1/applications/{reference}; {@link CentralException.Kind#NOT_FOUND} when the server does not know it. */
    public ApplicationAnswer applicationByReference(String reference) {
        String path = "/v1/applications/" + URLEncoder.encode(reference, StandardCharsets.UTF_8).replace("+", "%20");
        return wire.application(send(get(path), "applications", Set.of(200)).body());
    }

    /** GET /v1/applications?acceptanceNo=; {@link CentralException.Kind#NOT_FOUND} when the server does not know it. */
    public ApplicationAnswer applicationByAcceptanceNo(String acceptanceNo) {
        String path = "/v1/applications?acceptanceNo=" + URLEncoder.encode(acceptanceNo, StandardCharsets.UTF_8);
        return wire.application(send(get(path), "applications", Set.of(200)).body());
    }

    /** POST /v1/residents/lookup; the ID number goes in the body only. */
    public ResidentAnswer lookupResident(String idNumber) {
        byte[] body = wire.object(Map.of("idNumber", idNumber));
        return wire.resident(send(post("/v1/residents/lookup", body), "residents/lookup", Set.of(200)).body());
    }

    /** POST /v1/evoucher/resolve; {@link CentralException.Kind#GONE} for an expired code. */
    public EvoucherAnswer resolveEvoucher(String evoucherToken) {
        byte[] body = wire.object(Map.of("token", evoucherToken));
        return wire.evoucher(send(post("/v1/evoucher/resolve", body), "evoucher/resolve", Set.of(200)).body());
    }

    /** GET /v1/reference-data?since=; empty when {@code since} is current (304). */
    public Optional<ReferenceData> referenceData(long since) {
        HttpResponse<byte[]> answer = send(get("/v1/reference-data?since=" + since), "reference-data", Set.of(200, 304));
        return answer.statusCode() == 304 ? Optional.empty() : Optional.of(wire.referenceData(answer.body()));
    }

    /** POST /v1/heartbeat. */
    public void heartbeat(Heartbeat beat) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("terminalId", settings.terminalId());
        body.put("appVersion", settings.appVersion());
        body.put("outboxPending", beat.outboxPending());
        body.put("outboxRejected", beat.outboxRejected());
        body.put("oldestPendingAgeSeconds", beat.oldestPendingAgeSeconds());
        body.put("devices", beat.devices());
        send(post("/v1/heartbeat", wire.object(body)), "heartbeat", Set.of(200, 204));
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder post(String path, byte[] body) {
        return request(path).header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(resolve(path))
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json")
                .header("X-Terminal-Id", settings.terminalId());
        token.ifPresent(t -> b.header("Authorization", "Bearer " + t.token()));
        return b;
    }

    private URI resolve(String path) {
        String base = settings.baseUrl().toString();
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) + path : base + path);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request, String call, Set<Integer> ok) {
        HttpResponse<byte[]> answer;
        String where = "central server " + settings.baseUrl().getHost() + " (" + call + ")";
        try {
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw new CentralException(CentralException.Kind.TIMEOUT, where + ": no connection within "
                    + settings.connectTimeout().toSeconds() + " s", e);
        } catch (HttpTimeoutException e) {
            throw new CentralException(CentralException.Kind.TIMEOUT, where + ": no answer within "
                    + settings.requestTimeout().toSeconds() + " s", e);
        } catch (SSLException e) {
            throw new CentralException(CentralException.Kind.TLS, where + ": TLS failed (is the server's certificate "
                    + "signed by the system trust store or central.ca-file?): " + e.getMessage(), e);
        } catch (ConnectException e) {
            throw new CentralException(CentralException.Kind.OFFLINE, where + ": cannot connect: " + describe(e), e);
        } catch (IOException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SSLException) {
                throw new CentralException(CentralException.Kind.TLS, where + ": TLS failed (is the server's certificate "
                        + "signed by the system trust store or central.ca-file?): " + cause.getMessage(), e);
            }
            throw new CentralException(CentralException.Kind.OFFLINE, where + ": connection failed: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CentralException(CentralException.Kind.OFFLINE, where + ": interrupted", e);
        }
        int status = answer.statusCode();
        if (ok.contains(status)) {
            return answer;
        }
        String http = where + " answered HTTP " + status;
        switch (status) {
            case 401, 403 -> throw new CentralException(CentralException.Kind.UNAUTHORIZED, http
                    + ": the terminal's credentials were refused; check terminal.id and central.token-file"
                    + token.map(t -> " (" + t.file() + ")").orElse(" (none configured)"), status, null, null);
            case 404 -> throw new CentralException(CentralException.Kind.NOT_FOUND, http + ": not known", status, null, null);
            case 410 -> throw new CentralException(CentralException.Kind.GONE, http + ": expired", status, null, null);
            case 413 -> throw new CentralException(CentralException.Kind.TOO_LARGE, http + ": request too large", status, null, null);
            case 429, 503 -> {
                Optional<Duration> wait = answer.headers().firstValue("Retry-After").flatMap(this::retryAfter);
                if (wait.isPresent()) {
                    throw new CentralException(CentralException.Kind.RETRY_AFTER, http + ", Retry-After "
                            + wait.get().toSeconds() + " s", status, wait.get(), null);
                }
                throw new CentralException(CentralException.Kind.SERVER_ERROR, http + " without Retry-After", status, null, null);
            }
            default -> throw new CentralException(CentralException.Kind.SERVER_ERROR, http, status, null, null);
        }
    }

    /** Retry-After is delay-seconds or an HTTP date; a date in the past means now. */
    Optional<Duration> retryAfter(String value) {
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(clock.instant(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
