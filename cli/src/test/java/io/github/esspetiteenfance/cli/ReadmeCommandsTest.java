package io.github.esspetiteenfance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code java -jar cli/target/ess-petite-enfance-cli.jar ...} commands of the root README
 * through {@link Main#run}, from the repository root: each must end with status 0 or 1 (never a
 * usage error or a bug). A command whose input files are generated first (the SIRENE pair) is run
 * only if they exist; an output directory ({@code --out}) is replaced by a temporary one.
 */
class ReadmeCommandsTest {

  private static final String JAR = "java -jar cli/target/ess-petite-enfance-cli.jar";
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  static List<String> commands() throws IOException {
    List<String> commands = new ArrayList<>();
    for (String line : Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8)) {
      String l = line.strip();
      int at = l.indexOf(JAR);
      if (at >= 0 && (at == 0 || l.startsWith("mvn "))) {
        commands.add(l.substring(at + JAR.length()).strip());
      }
    }
    return commands;
  }

  @Test
  void readme_commandsOfTheTool_runAsWritten(@TempDir Path outputs) throws IOException {
    List<String> commands = commands();
    assertThat(commands).hasSizeGreaterThanOrEqualTo(5);
    int run = 0;
    for (String command : commands) {
      String[] args = command.isEmpty() ? new String[0] : command.split("\\s+");
      boolean inputsPresent = true;
      for (int i = 0; i < args.length; i++) {
        if (i > 0 && args[i - 1].equals("--out")) {
          args[i] = outputs.resolve("out" + i).toString();
        } else if (args[i].contains("/") && !args[i].startsWith("--")) {
          Path file = ROOT.resolve(args[i]);
          inputsPresent &= Files.exists(file);
          args[i] = file.toString();
        }
      }
      if (!inputsPresent) {
        continue;
      }
      Runs.Outcome o = Runs.run(args);
      assertThat(o.status())
          .as("%s%n%s", Arrays.toString(args), o.err())
          .isIn(ExitCode.DONE, ExitCode.DATA_PROBLEMS);
      assertThat(o.out()).as(command).isNotBlank();
      run++;
    }
    assertThat(run).isGreaterThanOrEqualTo(6);
  }
}
