package io.github.esspetiteenfance.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells whether standard error is a terminal, for the progress bar. */
final class Terminal {

  private Terminal() {}

  /**
   * Checks if standard error is a terminal. On Linux, file descriptor 2 is read from {@code
   * /proc/self/fd/2} (a terminal is {@code /dev/pts/N} or {@code /dev/ttyN}); elsewhere, a console
   * attached to the program ({@link System#console()}) stands for it. {@code TERM=dumb} is never a
   * terminal.
   *
   * @return true if a progress bar can be drawn on standard error
   */
  static boolean isStandardErrorTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return System.console() != null;
  }
}
