package io.github.esspetiteenfance;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Looks up the library's messages in French and in English.
 *
 * <p>The library speaks two languages: French ({@link Locale#FRENCH} and every {@code fr_*} locale)
 * and English (every other locale). The lookup never falls back on the JVM's default locale, so
 * {@code Locale.ENGLISH} gives English on a French machine.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Messages {

  /**
   * The message files read so far, by resource name. The files are read as properties (UTF-8)
   * rather than through {@code ResourceBundle.getBundle} with a {@code Control}, which a named
   * module may not call: the library runs on the module path too.
   */
  private static final ConcurrentMap<String, Properties> FILES = new ConcurrentHashMap<>();

  private Messages() {}

  /**
   * Returns the language the library uses for a locale: French or English.
   *
   * @param locale the requested locale, not null
   * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   */
  public static Locale supportedLanguage(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
  }

  /**
   * Formats a message of a bundle.
   *
   * @param bundle the bundle base name, not null
   * @param key the message key, not null
   * @param locale the language, not null
   * @param arguments the {@link MessageFormat} arguments, may be empty
   * @return the formatted message, not null
   * @throws MissingResourceException if the bundle or the key does not exist (a library bug)
   */
  public static String format(String bundle, String key, Locale locale, Object... arguments) {
    Locale language = supportedLanguage(locale);
    Objects.requireNonNull(key, "key");
    String path = Objects.requireNonNull(bundle, "bundle").replace('.', '/');
    String pattern =
        language == Locale.FRENCH ? file(path + "_fr.properties").getProperty(key) : null;
    if (pattern == null) {
      pattern = file(path + ".properties").getProperty(key);
    }
    if (pattern == null) {
      throw new MissingResourceException(
          "no message " + key + " in " + bundle, bundle.replace('/', '.'), key);
    }
    return new MessageFormat(pattern, language).format(arguments);
  }

  /**
   * Checks whether a bundle has a message for a key in both languages.
   *
   * @param bundle the bundle base name, not null
   * @param key the message key, not null
   * @return true if both the English and the French bundle define the key
   */
  public static boolean hasBothLanguages(String bundle, String key) {
    String path = bundle.replace('.', '/');
    return file(path + ".properties").containsKey(key)
        && file(path + "_fr.properties").containsKey(key);
  }

  private static Properties file(String resource) {
    return FILES.computeIfAbsent(resource, Messages::load);
  }

  private static java.util.Properties load(String resource) {
    java.util.Properties properties = new java.util.Properties();
    try (java.io.InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return properties;
  }
}
