/**
 * The kinds of structure in early childhood, parenting support and child protection, as a sealed
 * hierarchy of records, and the attributes they share.
 *
 * <p>{@link io.github.esspetiteenfance.structure.Structure} is sealed: its records are the EAJE
 * types of CSP R2324-17 (crèche collective, halte-garderie, multi-accueil, micro-crèche, crèche
 * familiale, jardin d'enfants, crèche itinérante), the maison d'assistants maternels, the parenting
 * support kinds, the child protection kinds and the recyclerie petite enfance. Each has a {@link
 * io.github.esspetiteenfance.structure.StructureKind} with a stable kebab-case code, a family and a
 * legal basis with its confidence.
 *
 * <p>Shared value types: {@link io.github.esspetiteenfance.structure.AgeRange} (ages in months),
 * {@link io.github.esspetiteenfance.structure.Capacity}, {@link
 * io.github.esspetiteenfance.structure.OpeningHours} (weekly schedule with atypical-hours flags),
 * {@link io.github.esspetiteenfance.structure.InclusiveCare}, {@link
 * io.github.esspetiteenfance.structure.Pedagogy}, {@link
 * io.github.esspetiteenfance.structure.Commitment}, {@link
 * io.github.esspetiteenfance.structure.Funding} and {@link
 * io.github.esspetiteenfance.structure.PartialDate} (a date known to the year, season, month or
 * day).
 *
 * <p>One description per structure: an EAJE record carries, beside its care attributes, the
 * regulatory facts the {@code regulation} package's checker reads ({@link
 * io.github.esspetiteenfance.structure.RatioOption ratio option}, largest unit, date of the
 * authorisation request, very dense zone), so a crèche is described once and checked as it is.
 *
 * <p>How the kinds share their shape: one record per kind (its JSON type, its builder), and the
 * shared shape as <em>interfaces with accessors and default methods</em> ({@link
 * io.github.esspetiteenfance.structure.Structure}, {@link
 * io.github.esspetiteenfance.structure.Eaje} and the family interfaces), with the shared invariants
 * in one place ({@code Checks.eaje(...)} for every EAJE). A shared component record (an {@code
 * EajeFacts} nested in each EAJE) was the other option: it would have removed the repeated
 * component lists, but nested every fact one level deeper in the builders ({@code
 * .facts(EajeFacts.builder()...build())}) and in the JSON documents; the flat records keep one call
 * per fact ({@code MicroCreche.builder().capacity(...).ratioOption(...)}) and let code that needs
 * the shared shape program to {@code Eaje}.
 *
 * <p>Vocabulary: {@code of} obtains a value from its components and throws {@link
 * io.github.esspetiteenfance.InvalidValueException} on invalid input; {@code parse} reads the
 * canonical text ({@code "2..48"}, {@code "Mo-Fr 07:30-18:30"}, {@code "2024-21"}); {@code isValid}
 * checks without throwing; {@code with...} (generated withers) returns a modified copy. Records
 * with many components are built with their builder, reached from the type ({@code
 * MicroCreche.builder()}, delegating to the generated {@code MicroCrecheBuilder}), and copied with
 * {@code MicroCreche.builder().from(x)}.
 *
 * <p>Builders: a missing required attribute makes {@code build()} throw {@link
 * io.github.esspetiteenfance.MissingAttributesException} (code {@code model.missing-attributes},
 * with the missing names) rather than an {@link IllegalStateException}: the package's Immutables
 * style sets {@code throwForInvalidImmutableState}. A null argument still throws {@link
 * NullPointerException}, as everywhere in the library.
 *
 * <p>Rules are stated once, in the compact constructors. The Jakarta Bean Validation constraints
 * kept on record components ({@code @Min}, {@code @Max}, {@code @Size}, {@code @Pattern},
 * {@code @NotBlank}) are those that state a fact of the JSON Schemas (minimum, item counts,
 * patterns); each is enforced by the constructor with the same algorithm. {@code @Valid} and
 * {@code @NotNull} are not declared: a nested record is valid by construction and a null is refused
 * by the constructor ({@code ValidByConstructionTest} checks both, component by component).
 * Optional texts carry {@code @Pattern} rather than {@code @NotBlank}, which Bean Validation would
 * apply to the {@code null} of an empty optional; the constructors use the same pattern.
 * Cross-component invariants (an age range's order, a label required for {@code OTHER}) exist only
 * in the constructors. Dated regulatory rules (micro-crèche capacity, jardin d'enfants ages,
 * parental capacity) are not invariants: the {@code regulation} package checks them against a date.
 *
 * <p>Sets are copied into unmodifiable sets iterated in a stable order (declaration order for
 * enums), so serialized forms are deterministic.
 */
@Value.Style(
    newBuilder = "builder",
    throwForInvalidImmutableState = MissingAttributesException.class)
package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.MissingAttributesException;
import org.immutables.value.Value;
