package io.github.esspetiteenfance.exchange;

import io.github.esspetiteenfance.establishment.Establishment;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * Natural keys of establishments and the identifiers derived from them: slugs and name-based UUIDs
 * (version 5, RFC 9562 §5.5), so that exporting twice gives the same identifiers.
 */
public final class Keys {

  /**
   * The namespace of every UUID the library derives: the version 5 UUID of the URL {@code
   * https://github.com/ess-petite-enfance/ess-petite-enfance/exchange} in the RFC's URL namespace.
   */
  public static final UUID NAMESPACE =
      uuid5(
          UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
          "https://github.com/ess-petite-enfance/ess-petite-enfance/exchange");

  private Keys() {}

  /**
   * Returns the natural key of an establishment: {@code siret-<SIRET>} when it has a SIRET, else
   * the slug of its operator's name followed by {@code --} and the slug of its own name.
   *
   * @param establishment the establishment, not null
   * @return the key, not blank
   */
  public static String of(Establishment establishment) {
    if (establishment.siret().isPresent()) {
      return "siret-" + establishment.siret().get();
    }
    return slug(establishment.operator().name()) + "--" + slug(establishment.name());
  }

  /**
   * Returns a slug of a text: lower case ASCII letters and digits, runs of anything else as one
   * hyphen, accents removed; {@code x} for a text with no letter or digit.
   *
   * @param text the text, not null
   * @return the slug, not blank
   */
  public static String slug(String text) {
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
    return slug.isEmpty() ? "x" : slug;
  }

  /**
   * Returns the name-based UUID (version 5) of a name in the library's {@link #NAMESPACE}.
   *
   * @param name the name, e.g. {@code service:<key>}, not null
   * @return the UUID, not null
   */
  public static UUID uuid(String name) {
    return uuid5(NAMESPACE, name);
  }

  /**
   * Returns the name-based UUID (version 5, SHA-1) of a name in a namespace (RFC 9562 §5.5).
   *
   * @param namespace the namespace, not null
   * @param name the name, encoded in UTF-8, not null
   * @return the UUID, not null
   */
  public static UUID uuid5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every Java platform", e);
    }
    sha1.update(
        ByteBuffer.allocate(16)
            .putLong(namespace.getMostSignificantBits())
            .putLong(namespace.getLeastSignificantBits())
            .array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }
}
