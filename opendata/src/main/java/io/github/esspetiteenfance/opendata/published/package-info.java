/**
 * Published figures to compare a computed panorama with: the bundled DREES tables « L'offre
 * d'accueil du jeune enfant » ({@link
 * io.github.esspetiteenfance.opendata.published.DreesOffreAccueil}) and the comparison of computed
 * figures with published ones, agreement or how far apart ({@link
 * io.github.esspetiteenfance.opendata.published.Comparison}).
 */
package io.github.esspetiteenfance.opendata.published;
