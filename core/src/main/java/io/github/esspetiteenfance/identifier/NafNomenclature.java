package io.github.esspetiteenfance.identifier;

/**
 * The versions of the INSEE activity nomenclature (NAF, <i>nomenclature d'activités française</i>)
 * that a {@link CodeNaf} can belong to.
 *
 * <p>NAF rév. 2 (2008) is the reference nomenclature for APE codes until the end of 2026; NAF 2025
 * (aligned on NACE Rév. 2.1) is assigned from 1 January 2026 and becomes the reference on 1 January
 * 2027 (SECONDARY). During 2026 Sirene shows both codes, so store the nomenclature with every code.
 */
public enum NafNomenclature {
  /**
   * NAF rév. 2 (2008): 732 sub-classes whose code ends in {@code Z} when the class is not split and
   * in {@code A}, {@code B}, {@code C}... when it is (for example {@code 88.91A} "Accueil de jeunes
   * enfants").
   */
  NAF_REV2,
  /**
   * NAF 2025 (NAF rév. 3): 747 sub-classes whose code ends in {@code Y} when the class is not split
   * and in {@code G}, {@code H}, {@code J}... when it is (for example {@code 88.91G} "Accueil de
   * jeunes enfants en structure collective"). CONFIRMED (INSEE labels via the explorateur-naf
   * data).
   */
  NAF_2025
}
