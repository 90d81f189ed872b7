/**
 * Legal bases, confidence labels and dated parameters: what every threshold, rate and formula of
 * the library names as its source.
 *
 * <p>A {@link io.github.esspetiteenfance.legal.LegalBasis} names a text, an article, the period in
 * which it applies and how sure the project is of it ({@link
 * io.github.esspetiteenfance.legal.Confidence}). A {@link
 * io.github.esspetiteenfance.legal.Timeline} holds the successive values of a parameter, each with
 * its validity period and legal basis, and answers "which value applies on this date?" without ever
 * guessing.
 */
package io.github.esspetiteenfance.legal;
