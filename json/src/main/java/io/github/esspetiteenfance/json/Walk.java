package io.github.esspetiteenfance.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import java.util.ArrayList;
import java.util.List;

/** The problems collected while checking a document against its shape. Not thread-safe. */
final class Walk {

  final boolean ignoreUnknownProperties;
  final int maxDecimalScale;
  private final int maxProblems;
  private final List<JsonProblem> problems = new ArrayList<>();
  private boolean overflow;

  Walk(boolean ignoreUnknownProperties, JsonLimits limits) {
    this.ignoreUnknownProperties = ignoreUnknownProperties;
    this.maxDecimalScale = limits.maxDecimalScale();
    this.maxProblems = limits.maxProblems();
  }

  void report(JsonPath path, JsonErrorCode code, JsonNode value, Object... arguments) {
    add(JsonProblem.of(path.pointer(), code, value, arguments));
  }

  void report(JsonPath path, EssPetiteEnfanceException exception) {
    add(JsonProblem.of(path.pointer(), exception));
  }

  void add(JsonProblem problem) {
    if (problems.size() < maxProblems) {
      problems.add(problem);
    } else {
      overflow = true;
    }
  }

  boolean isFull() {
    return overflow;
  }

  int count() {
    return problems.size();
  }

  List<JsonProblem> problems() {
    if (!overflow) {
      return problems;
    }
    List<JsonProblem> all = new ArrayList<>(problems);
    all.add(JsonProblem.of("", JsonErrorCode.TOO_MANY_PROBLEMS, null, problems.size()));
    return all;
  }
}
