package io.github.esspetiteenfance.opendata.sirene;

import io.github.esspetiteenfance.opendata.OpenDataErrorCode;
import io.github.esspetiteenfance.opendata.RowCounter;
import io.github.esspetiteenfance.opendata.RowRejection;
import java.util.List;

/**
 * The visitor of one chunk of a file: counts its rows in its own {@link RowCounter}, with line
 * numbers relative to the chunk (shifted when the chunks are merged).
 */
abstract class ChunkVisitor implements CsvScanner.Visitor {

  final String source;
  final int fields;
  final RowCounter counter;
  long rows;

  ChunkVisitor(String source, int fields) {
    this.source = source;
    this.fields = fields;
    this.counter = new RowCounter(source);
  }

  @Override
  public final int header(String[] names) {
    throw new IllegalStateException("the header is read by ChunkedRead");
  }

  @Override
  public final void malformed(long line, OpenDataErrorCode code, int found, String raw) {
    rows++;
    counter.reject(RowRejection.of(source, line, "", code, raw, List.of(found, fields)));
  }

  /** Rejects the current row for a bad value of a column. */
  final void reject(CsvRow row, String column, int col, OpenDataErrorCode code) {
    counter.reject(RowRejection.of(source, row.line(), column, code, row.string(col), List.of()));
  }
}
