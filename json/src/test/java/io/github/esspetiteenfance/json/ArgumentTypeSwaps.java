package io.github.esspetiteenfance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The property shared by the report documents whose findings carry typed arguments ({@code
 * compliance-report}, {@code consistency-report}): swapping the {@code "type"} of one argument for
 * another name either reads a value whose argument has that type, or is refused with every problem
 * under that argument (only {@code json.type.unknown} at its {@code "type"} for an unregistered
 * name), or, for an argument of another kind than the code's argument table declares, with {@code
 * finding.argument.kind} at the finding.
 */
final class ArgumentTypeSwaps {

  private ArgumentTypeSwaps() {}

  /**
   * Swaps the type of the argument chosen by {@code pick} and checks the outcome.
   *
   * @param report the report to encode
   * @param argumentCounts the number of arguments of each finding of the report
   * @param argumentsOf the arguments of each finding of a report read
   * @return the report read, if the document was accepted
   */
  static <R> Optional<R> swapAndRead(
      EssJsonReader<R> reader,
      ObjectMapper mapper,
      R report,
      List<Integer> argumentCounts,
      Function<R, List<? extends List<?>>> argumentsOf,
      int pick,
      String name,
      List<String> registered) {
    List<int[]> positions = new ArrayList<>();
    for (int f = 0; f < argumentCounts.size(); f++) {
      for (int a = 0; a < argumentCounts.get(f); a++) {
        positions.add(new int[] {f, a});
      }
    }
    if (positions.isEmpty()) {
      return Optional.empty();
    }
    int[] at = positions.get(pick % positions.size());
    ObjectNode doc = (ObjectNode) mapper.valueToTree(report);
    ((ObjectNode) doc.withArray("findings").get(at[0]).withArray("arguments").get(at[1]))
        .put("type", name);
    String prefix = "/findings/" + at[0] + "/arguments/" + at[1];
    R read;
    try {
      read = reader.read(doc.toString());
    } catch (JsonDocumentException e) {
      // a well-formed argument of another kind than its code declares is refused by the
      // argument table of the code, at the finding
      String finding = "/findings/" + at[0];
      assertThat(e.problems())
          .isNotEmpty()
          .allSatisfy(
              p ->
                  assertThat(
                          p.pointer().startsWith(prefix + "/")
                              || (p.pointer().equals(finding)
                                  && p.code().equals("finding.argument.kind")))
                      .as(p.pointer() + " " + p.code())
                      .isTrue());
      if (!registered.contains(name)) {
        assertThat(e.problems())
            .extracting(JsonProblem::pointer, JsonProblem::code)
            .containsExactly(tuple(prefix + "/type", "json.type.unknown"));
      }
      return Optional.empty();
    }
    assertThat(registered).contains(name);
    Object swapped = argumentsOf.apply(read).get(at[0]).get(at[1]);
    assertThat(JsonModel.standard().typeName(swapped.getClass())).contains(name);
    return Optional.of(read);
  }
}
