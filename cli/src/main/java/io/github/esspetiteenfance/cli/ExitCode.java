package io.github.esspetiteenfance.cli;

/**
 * The exit statuses of the command-line tool, printed in {@code --help}.
 *
 * <ul>
 *   <li>{@value #DONE}: done, no data problem;
 *   <li>{@value #DATA_PROBLEMS}: done, but data problems were reported (rows rejected, an invalid
 *       dataset, figures that do not agree with the published ones);
 *   <li>{@value #USAGE}: wrong usage (unknown option, missing value) or an input that cannot be
 *       read at all (missing file, unknown encoding, a required column missing); nothing was
 *       computed;
 *   <li>{@value #INTERNAL_ERROR}: an unexpected error, a bug of the tool (the stack trace is
 *       printed).
 * </ul>
 */
public final class ExitCode {

  /** Done, no data problem. */
  public static final int DONE = 0;

  /** Done, data problems reported. */
  public static final int DATA_PROBLEMS = 1;

  /** Wrong usage or unreadable input: nothing computed. */
  public static final int USAGE = 2;

  /** An unexpected error: a bug of the tool. */
  public static final int INTERNAL_ERROR = 3;

  private ExitCode() {}
}
