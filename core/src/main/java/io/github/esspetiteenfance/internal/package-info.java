/**
 * Implementation support shared by the library's packages; not part of the public API, may change
 * without notice.
 */
package io.github.esspetiteenfance.internal;
