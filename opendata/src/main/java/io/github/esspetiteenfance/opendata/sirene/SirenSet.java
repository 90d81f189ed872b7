package io.github.esspetiteenfance.opendata.sirene;

import java.util.Arrays;

/**
 * A set of SIRENs (9-digit numbers as {@code int}) in an open-addressing table: tested once per row
 * of the legal-unit file, so it must be fast and allocate nothing. Its size is that of the selected
 * establishments, not of the legal units. Immutable once built; thread-safe to read.
 */
final class SirenSet {

  private final int[] table;
  private final int mask;
  private final int size;

  SirenSet(int[] sirens) {
    int capacity = Integer.highestOneBit(Math.max(4, sirens.length * 2 + 1)) << 1;
    table = new int[capacity];
    Arrays.fill(table, -1);
    mask = capacity - 1;
    int n = 0;
    for (int s : sirens) {
      int i = hash(s) & mask;
      while (table[i] != -1 && table[i] != s) {
        i = (i + 1) & mask;
      }
      if (table[i] == -1) {
        table[i] = s;
        n++;
      }
    }
    size = n;
  }

  private static int hash(int s) {
    int h = s * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  boolean contains(int siren) {
    int i = hash(siren) & mask;
    while (true) {
      int v = table[i];
      if (v == siren) {
        return true;
      }
      if (v == -1) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  int size() {
    return size;
  }
}
