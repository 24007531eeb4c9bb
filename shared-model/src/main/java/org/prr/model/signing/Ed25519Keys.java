package org.prr.model.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Ed25519 keys in the forms the system exchanges them: public keys as base64 X.509 SubjectPublicKeyInfo (what the
 * portal registers), key files as PEM (PKCS#8 for the private key, SPKI for the public one).
 */
public final class Ed25519Keys {

    public static final String ALGORITHM = "Ed25519";

    /**
     * Signs and verifies; not registered with the JVM, so nothing else changes provider. Keys stay the JDK's own
     * objects, which it accepts.
     */
    private static final Provider SIGNATURES = new BouncyCastleProvider();

    private Ed25519Keys() {}

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime lacks Ed25519", e);
        }
    }

    public static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature ed25519 = Signature.getInstance(ALGORITHM, SIGNATURES);
            ed25519.initSign(key);
            ed25519.update(data);
            return ed25519.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with this key", e);
        }
    }

    /** False for a wrong signature, a malformed one, or a key of another algorithm. */
    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature ed25519 = Signature.getInstance(ALGORITHM, SIGNATURES);
            ed25519.initVerify(key);
            ed25519.update(data);
            return ed25519.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Where the public half of a private key file is kept: {@code key.pem} → {@code key.pub.pem}. */
    public static Path publicKeyFileFor(Path privateKeyFile) {
        String name = privateKeyFile.getFileName().toString();
        String base = name.endsWith(".pem") ? name.substring(0, name.length() - 4) : name;
        return privateKeyFile.resolveSibling(base + ".pub.pem");
    }

    /**
     * Reads a PKCS#8 PEM private key, first creating a new pair there (and its public half beside it, see
     * {@link #publicKeyFileFor}) when the file is missing and {@code generateIfMissing} is set. Each file is written
     * whole (temporary file, then move), the private key readable by its owner only.
     *
     * @param setting the configuration property naming the file, for error messages
     * @throws IllegalStateException naming the setting when the file is missing or not such a key
     */
    public static KeyPairFile loadOrGenerate(Path privateKeyFile, boolean generateIfMissing, String setting) {
        boolean generated = false;
        if (!Files.exists(privateKeyFile)) {
            if (!generateIfMissing) {
                throw new IllegalStateException(setting + ": " + privateKeyFile.toAbsolutePath() + " does not exist");
            }
            writeNewPair(privateKeyFile);
            generated = true;
        }
        try {
            return new KeyPairFile(privateKeyFromPem(Files.readString(privateKeyFile)), privateKeyFile, generated);
        } catch (IllegalArgumentException | IOException e) {
            throw new IllegalStateException(
                    setting + ": " + privateKeyFile.toAbsolutePath()
                            + " is not a readable Ed25519 private key in PKCS#8 PEM form",
                    e);
        }
    }

    /** A private key as loaded from its file; {@code generated} when this start created it. */
    public record KeyPairFile(PrivateKey privateKey, Path privateKeyFile, boolean generated) {
        public Path publicKeyFile() {
            return publicKeyFileFor(privateKeyFile);
        }
    }

    private static void writeNewPair(Path privateKeyFile) {
        KeyPair pair = generate();
        try {
            Path dir = privateKeyFile.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "key", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // A file system without POSIX permissions (Windows): its own access rules apply.
            }
            Files.writeString(tmp, toPem(pair.getPrivate()));
            Files.move(tmp, privateKeyFile, StandardCopyOption.ATOMIC_MOVE);
            Path publicTmp = Files.createTempFile(dir, "key", ".tmp");
            Files.writeString(publicTmp, toPem(pair.getPublic()));
            Files.move(publicTmp, publicKeyFileFor(privateKeyFile), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a new key pair to " + privateKeyFile, e);
        }
    }

    public static String toBase64(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** Decodes a base64 X.509 SubjectPublicKeyInfo; throws {@link IllegalArgumentException} if it is not Ed25519. */
    public static PublicKey publicKeyFromBase64(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(
                            new X509EncodedKeySpec(Base64.getMimeDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key in X.509 form", e);
        }
    }

    public static PublicKey publicKeyFromPem(String pem) {
        return publicKeyFromBase64(pemBody(pem, "PUBLIC KEY"));
    }

    public static PrivateKey privateKeyFromPem(String pem) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(pemBody(pem, "PRIVATE KEY"));
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key in PKCS#8 form", e);
        }
    }

    public static String toPem(Key key) {
        String type = key instanceof PrivateKey ? "PRIVATE KEY" : "PUBLIC KEY";
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded());
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static String pemBody(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("not a PEM block of type " + type);
        }
        return pem.substring(from + begin.length(), to).strip();
    }
}
