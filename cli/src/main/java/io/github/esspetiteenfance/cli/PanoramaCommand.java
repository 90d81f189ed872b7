package io.github.esspetiteenfance.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** The {@code panorama} subcommand. */
@Command(name = "panorama", mixinStandardHelpOptions = true, sortOptions = false)
final class PanoramaCommand implements Callable<Integer> {

  @ParentCommand Main main;

  Optional<Path> list = Optional.empty();

  @Override
  public Integer call() {
    return ExitCode.USAGE;
  }
}
