package io.anxin.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS against a server whose self-signed certificate is made here with keytool: trusted through
 * {@code central.ca-file}, refused with another CA file and with the system trust store.
 */
class CentralTlsTest {

    @TempDir
    static Path dir;

    static HttpsServer server;
    static Path serverCa;
    static Path otherCa;

    @BeforeAll
    static void start() throws Exception {
        Path keystore = dir.resolve("server.p12");
        keytool("-genkeypair", "-alias", "central", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=central-test",
                "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit");
        serverCa = dir.resolve("server-ca.pem");
        keytool("-exportcert", "-rfc", "-alias", "central", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-file", serverCa.toString());
        Path other = dir.resolve("other.p12");
        keytool("-genkeypair", "-alias", "other", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=somebody-else",
                "-ext", "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", other.toString(), "-storepass", "changeit", "-keypass", "changeit");
        otherCa = dir.resolve("other-ca.pem");
        keytool("-exportcert", "-rfc", "-alias", "other", "-keystore", other.toString(), "-storepass", "changeit",
                "-file", otherCa.toString());

        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/v1/heartbeat", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    static void keytool(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    CentralClient client(Optional<Path> ca) {
        URI url = URI.create("https://127.0.0.1:" + server.getAddress().getPort());
        return new CentralClient(new CentralSettings(url, "JN-LX-007", "test", Optional.empty(), ca,
                Duration.ofSeconds(5), Duration.ofSeconds(5)), Clock.systemUTC());
    }

    static final Heartbeat BEAT = new Heartbeat(0, 0, 0, Map.of());

    @Test
    void serverSignedByTheCaFileIsTrusted() {
        client(Optional.of(serverCa)).heartbeat(BEAT);
    }

    @Test
    void anotherCaIsRefused() {
        CentralException e = CentralClientTest.thrown(() -> client(Optional.of(otherCa)).heartbeat(BEAT));
        assertThat(e.kind()).isEqualTo(CentralException.Kind.TLS);
        assertThat(e.getMessage()).contains("central.ca-file");
    }

    @Test
    void theSystemTrustStoreDoesNotKnowASelfSignedServer() {
        assertThat(CentralClientTest.thrown(() -> client(Optional.empty()).heartbeat(BEAT)).kind())
                .isEqualTo(CentralException.Kind.TLS);
    }

    @Test
    void aCaFileThatIsNotPemIsAConfigError() throws Exception {
        Path junk = dir.resolve("junk.pem");
        Files.writeString(junk, "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
        assertThat(CentralClientTest.thrown(() -> client(Optional.of(junk))).kind()).isEqualTo(CentralException.Kind.CONFIG);
        assertThat(CentralClientTest.thrown(() -> client(Optional.of(dir.resolve("missing.pem")))).getMessage())
                .contains("missing.pem");
    }
}
