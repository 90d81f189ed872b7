package io.github.esspetiteenfance.organization;

/** How an organization came into being. */
public enum OriginKind {
  /** Created from scratch: no predecessor. */
  CREATION,
  /** Born of the merger (<i>fusion</i>) of two or more predecessors. */
  MERGER
}
