package io.github.esspetiteenfance.opendata.sirene;

import io.github.esspetiteenfance.opendata.OpenDataErrorCode;
import io.github.esspetiteenfance.opendata.OpenDataException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a SIRENE header, found by name: unknown columns are ignored, a missing required
 * column stops the run at once with its name.
 */
final class Columns implements ChunkedRead.Header {

  private final String file;
  private final int fields;
  private final Map<String, Integer> index = new HashMap<>();

  Columns(String file, String[] names) {
    this.file = file;
    this.fields = names.length;
    for (int i = names.length - 1; i >= 0; i--) {
      index.put(names[i], i);
    }
  }

  @Override
  public int fields() {
    return fields;
  }

  /**
   * Returns the index of a required column.
   *
   * @throws OpenDataException with code {@link OpenDataErrorCode#COLUMN_MISSING}
   */
  int require(String name) {
    Integer i = index.get(name);
    if (i == null) {
      throw new OpenDataException(OpenDataErrorCode.COLUMN_MISSING, file, name, null);
    }
    return i;
  }

  /** Checks that every required column is there, naming the first missing. */
  void requireAll(List<String> names) {
    names.forEach(this::require);
  }

  /** Returns the index of an optional column, -1 if absent. */
  int optional(String name) {
    return index.getOrDefault(name, -1);
  }
}
