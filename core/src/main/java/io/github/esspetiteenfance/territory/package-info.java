/**
 * Territories: the INSEE Code officiel géographique (COG) 2026 and a postcode table, bundled with
 * the library.
 *
 * <h2>The COG</h2>
 *
 * <p>The Code officiel géographique is INSEE's official list of French territories and their codes,
 * published every year as it stands on the 1st of January, with the history of commune changes
 * since 1943. {@link io.github.esspetiteenfance.territory.Cog#bundled()} gives the COG 2026: 18
 * régions, 101 départements, 34,875 communes, plus the 2,105 communes déléguées (COMD), 471
 * communes associées (COMA) and 45 arrondissements municipaux (ARM) that keep a code of their own
 * inside a commune (see {@link io.github.esspetiteenfance.territory.CommuneType}).
 *
 * <p>The model is a sealed hierarchy, {@link io.github.esspetiteenfance.territory.Territory}:
 * {@link io.github.esspetiteenfance.territory.France}, {@link
 * io.github.esspetiteenfance.territory.Region}, {@link
 * io.github.esspetiteenfance.territory.Departement}, {@link
 * io.github.esspetiteenfance.territory.Commune}, each with its {@link
 * io.github.esspetiteenfance.territory.TerritoryLevel}, its code (the value types of the {@code
 * identifier} package), its name, and {@code parent()} / {@code contains(...)} navigation.
 *
 * <h2>Vintages</h2>
 *
 * <p>Communes merge every January, so a commune code only makes sense with its vintage ({@link
 * io.github.esspetiteenfance.territory.CogVintage}). The territories are those of the COG 2026;
 * {@link io.github.esspetiteenfance.territory.Cog#resolveCurrent} maps the codes of communes that
 * merged since (still found in SIRENE and older datasets) to the current communes, through the
 * {@code COMPARENT} column and the movements file. The postcode table, {@link
 * io.github.esspetiteenfance.territory.Postcodes}, is on a COG 2023 basis and says so.
 *
 * <h2>Vocabulary</h2>
 *
 * <ul>
 *   <li>{@code find...(code)} returns an {@link java.util.Optional}, empty when the code is
 *       unknown;
 *   <li>{@code require...(code)} returns the territory or throws {@link
 *       io.github.esspetiteenfance.territory.UnknownTerritoryException}, whose code ({@link
 *       io.github.esspetiteenfance.territory.TerritoryErrorCode}) tells what was unknown, such as
 *       {@code territory.commune.unknown};
 *   <li>{@code bundled()} obtains the data shipped in the jar, loaded once, lazily, thread-safely;
 *   <li>lists are immutable and sorted by code.
 * </ul>
 *
 * <h2>Attribution</h2>
 *
 * <p>The data is published under the Licence Ouverte / Open Licence (Etalab), which requires naming
 * the source and its date: {@link io.github.esspetiteenfance.territory.CogVintage#attribution()}
 * gives the line for each dataset ({@code COG_2026}: INSEE, via datagouv/decoupage-administratif
 * v6.0.0 of 2026-03-09; {@code COG_2023}: geo.api.gouv.fr and La Poste, via
 * pmdartus/decoupage-administratif-dataset of 2023-12-29). The resource folder's {@code README.md}
 * gives the upstream commits, checksums and the script that made the compact files.
 *
 * <p>Builders ({@code XBuilder.builder()}, {@code XBuilder.builder().from(x)} to copy): a missing
 * required attribute makes {@code build()} throw {@link
 * io.github.esspetiteenfance.MissingAttributesException} (code {@code model.missing-attributes},
 * with the missing names) rather than an {@link IllegalStateException}.
 */
@Value.Style(
    newBuilder = "builder",
    throwForInvalidImmutableState = MissingAttributesException.class)
package io.github.esspetiteenfance.territory;

import io.github.esspetiteenfance.MissingAttributesException;
import org.immutables.value.Value;
