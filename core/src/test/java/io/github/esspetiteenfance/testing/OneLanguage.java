package io.github.esspetiteenfance.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * The marker words of the one-language tests (issue 15.6): a text a French reader sees must not
 * hold an English marker, and a text an English reader sees no French one. Shared by the tests of
 * fees, legal bases and regulatory findings.
 */
public final class OneLanguage {

  /** English words a French reader must not see. */
  public static final List<String> ENGLISH_MARKERS =
      List.of(" the ", " of ", " and ", " from ", " until ", " not ", " with ", " per ", " is ");

  /** French words an English reader must not see. */
  public static final List<String> FRENCH_MARKERS =
      List.of(" le ", " la ", " les ", " des ", " du ", " et ", " pour ", " avec ", " est ");

  private OneLanguage() {}

  /**
   * Fails if a French text holds an English marker word.
   *
   * @param what what the text is, for the failure message
   * @param text the text shown to a French reader
   */
  public static void assertFrench(String what, String text) {
    String padded = " " + text + " ";
    assertThat(ENGLISH_MARKERS).as("%s in French: %s", what, text).noneMatch(padded::contains);
  }

  /**
   * Fails if an English text holds a French marker word.
   *
   * @param what what the text is, for the failure message
   * @param text the text shown to an English reader
   */
  public static void assertEnglish(String what, String text) {
    String padded = " " + text + " ";
    assertThat(FRENCH_MARKERS).as("%s in English: %s", what, text).noneMatch(padded::contains);
  }
}
