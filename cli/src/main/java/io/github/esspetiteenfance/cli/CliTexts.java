package io.github.esspetiteenfance.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The texts the tool prints, in French or English ({@code Texts.properties}, {@code _en}). */
final class CliTexts {

  private static final String BUNDLE = "io.github.esspetiteenfance.cli.Texts";

  private final Language language;
  private final ResourceBundle bundle;

  CliTexts(Language language) {
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Returns a text with its arguments ({@link MessageFormat}). */
  String get(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
  }

  Language language() {
    return language;
  }
}
