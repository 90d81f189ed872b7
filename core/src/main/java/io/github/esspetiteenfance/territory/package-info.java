/**
 * Territories: the INSEE Code officiel géographique (COG) 2026 bundled with the library.
 *
 * <p>Work in progress: the territory model is being built on top of the bundled data.
 */
package io.github.esspetiteenfance.territory;
