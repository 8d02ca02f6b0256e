package io.anxin.kiosk.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS context of the central client: the system trust store, or exactly the CA certificates of a
 * PEM file ({@code central.ca-file}). There is deliberately no way to switch verification off.
 */
final class TrustStores {

    private TrustStores() {
    }

    static SSLContext context(Optional<Path> caFile) {
        if (caFile.isEmpty()) {
            try {
                return SSLContext.getDefault();
            } catch (NoSuchAlgorithmException e) {
                throw new CentralException(CentralException.Kind.CONFIG, "this Java has no default TLS context", e);
            }
        }
        Path file = caFile.get();
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw new CentralException(CentralException.Kind.CONFIG, "central.ca-file " + file
                        + " holds no certificate (expected PEM: -----BEGIN CERTIFICATE-----)");
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate c : certs) {
                store.setCertificateEntry("ca-" + i++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new CentralException(CentralException.Kind.CONFIG, "central.ca-file " + file + " cannot be read: "
                    + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new CentralException(CentralException.Kind.CONFIG, "central.ca-file " + file
                    + " is not a PEM file of X.509 certificates: " + e.getMessage(), e);
        }
    }
}
