/**
 * The SIRENE stock files of INSEE ({@code StockEtablissement_utf8} and {@code
 * StockUniteLegale_utf8}) read into the panorama of a sector: {@link SirenePanorama}.
 */
package io.github.esspetiteenfance.opendata.sirene;
