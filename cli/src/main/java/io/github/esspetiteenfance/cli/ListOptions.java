package io.github.esspetiteenfance.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options naming a published list and its mapping, shared by {@code panorama} and {@code
 * export}.
 */
final class ListOptions {

  @Option(
      names = "--list",
      required = true,
      paramLabel = "FICHIER",
      descriptionKey = "panorama.list")
  Path list;

  @Option(
      names = "--mapping",
      required = true,
      paramLabel = "FICHIER",
      descriptionKey = "panorama.mapping")
  Path mapping;
}
