package io.github.esspetiteenfance.json.testmodel;

import io.github.esspetiteenfance.InvalidValueException;

/** An age range in months, with an invariant. */
public record AgeRange(int minMonths, int maxMonths) {
  /** Creates a range; the maximum must not be below the minimum. */
  public AgeRange {
    if (maxMonths < minMonths) {
      throw new InvalidValueException(
          TestErrorCode.AGE_REVERSED, "maxMonths", maxMonths, minMonths);
    }
  }

  /** A derived value that must not be written. */
  public boolean isEmpty() {
    return minMonths == maxMonths;
  }

  /** A derived getter that must not be written. */
  public int getWidth() {
    return maxMonths - minMonths;
  }
}
