package io.github.esspetiteenfance.cli;

import io.github.esspetiteenfance.opendata.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for long reads: one bar per file, in megabytes, with the speed
 * and the time left (ETA), and the rows read and rows per second as extra text. Thread-safe: the
 * readers call it from several threads.
 */
final class ProgressBars implements ProgressListener, AutoCloseable {

  private static final long MEGABYTE = 1_000_000;

  private final PrintStream err;
  private final Language language;
  private ProgressBar bar;
  private String file;
  private long started;

  private ProgressBars(PrintStream err, Language language) {
    this.err = err;
    this.language = language;
  }

  /**
   * Returns a progress listener: a bar on {@code err} if {@code show}, none otherwise.
   *
   * @param show true when standard error is a terminal and progress is not switched off
   */
  static ProgressBars on(PrintStream err, Language language, boolean show) {
    return show ? new ProgressBars(err, language) : null;
  }

  @Override
  public synchronized void progress(Progress progress) {
    if (bar == null || !progress.file().equals(file)) {
      close();
      file = progress.file();
      started = System.nanoTime();
      bar =
          new ProgressBarBuilder()
              .setTaskName(progress.file())
              .setInitialMax(progress.bytesTotal() > 0 ? progress.bytesTotal() : -1)
              .setUnit(" Mo", MEGABYTE)
              .showSpeed()
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(250)
              .setConsumer(new ConsoleProgressBarConsumer(err))
              .build();
    }
    bar.stepTo(progress.bytesRead());
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    long rate = Math.round(progress.rowsRead() / seconds);
    bar.setExtraMessage(
        String.format(
            language == Language.EN ? Locale.US : Locale.FRANCE,
            language == Language.EN ? "%,d rows, %,d rows/s" : "%,d lignes, %,d lignes/s",
            progress.rowsRead(),
            rate));
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
