package io.github.esspetiteenfance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the root README honest: its quick start and its micro-crèche check are the code that {@link
 * QuickStartTest} and {@link CheckMicroCrecheTest} run, and its first command builds the
 * command-line tool and prints the seed report (the tool's own tests, {@code cli}'s {@code
 * ReadmeCommandsTest}, run the README's {@code java -jar} commands).
 */
class ReadmeTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();

  @Test
  void quickStart_readme_isTheCodeOfQuickStart() throws IOException {
    assertReadmeShows("QuickStart", "quick-start");
  }

  @Test
  void checkMicroCreche_readme_isTheCodeOfCheckMicroCreche() throws IOException {
    assertReadmeShows("CheckMicroCreche", "check-micro-creche");
  }

  private static void assertReadmeShows(String example, String marker) throws IOException {
    String readme = Files.readString(MODULE.resolveSibling("README.md"), StandardCharsets.UTF_8);
    List<String> source =
        Files.readAllLines(
            MODULE.resolve(
                "src/main/java/io/github/esspetiteenfance/examples/" + example + ".java"),
            StandardCharsets.UTF_8);
    int begin = indexOf(source, "// " + marker + ":begin");
    int end = indexOf(source, "// " + marker + ":end");
    String code =
        source.subList(begin + 1, end).stream()
            .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
            .collect(Collectors.joining("\n"));

    assertThat(readme).contains("```java\n" + code + "\n```");
  }

  @Test
  void commands_readme_areTheRunAndTestCommands() throws IOException {
    String readme = Files.readString(MODULE.resolveSibling("README.md"), StandardCharsets.UTF_8);

    assertThat(readme)
        .contains(
            "mvn -B -q -DskipTests -pl cli -am package"
                + " && java -jar cli/target/ess-petite-enfance-cli.jar\n")
        .contains("mvn -B verify\n")
        .contains("mvn -B -q -DskipTests -pl examples -am package exec:java -Dexec.mainClass=")
        .contains("<groupId>io.github.ess-petite-enfance</groupId>")
        .contains("<artifactId>ess-petite-enfance-core</artifactId>")
        .contains("<artifactId>ess-petite-enfance-json</artifactId>")
        .contains("<version>0.1.0-SNAPSHOT</version>");
  }

  @Test
  void commands_readme_examplesOfTheListCommandExist() {
    Path root = MODULE.getParent();
    assertThat(root.resolve("cli/examples/creches-exemple.csv")).isRegularFile();
    assertThat(root.resolve("cli/examples/creches-exemple.mapping.csv")).isRegularFile();
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("no marker " + marker);
  }
}
