package org.yesan.app.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Makes and hashes bearer tokens: 256 random bits from {@link SecureRandom}, written as {@code
 * yesan_} and 43 characters of URL-safe base64; the store keeps only their SHA-256 (see
 * docs/security.md for why a plain SHA-256 suffices for secrets of this entropy).
 */
public final class TokenSecrets {

  /** The text every Yesan token starts with, so that a leaked one is recognised by scanners. */
  public static final String PREFIX = "yesan_";

  private static final Pattern SHAPE = Pattern.compile("yesan_[A-Za-z0-9_-]{43}");

  private final SecureRandom random;

  public TokenSecrets() {
    this(new SecureRandom());
  }

  TokenSecrets(SecureRandom random) {
    this.random = random;
  }

  /** A new secret of 256 random bits. */
  public String newSecret() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A new token id: 64 random bits as 16 hex digits, which may be printed and logged. */
  public String newId() {
    byte[] bytes = new byte[8];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Whether a presented text has the shape of a Yesan token (checked before any lookup). */
  public static boolean wellFormed(String secret) {
    return SHAPE.matcher(secret).matches();
  }

  /** The hex SHA-256 of a secret's UTF-8 bytes, as the store keeps it. */
  public static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compares two hashes in time that does not depend on where they differ. */
  public static boolean sameHash(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
