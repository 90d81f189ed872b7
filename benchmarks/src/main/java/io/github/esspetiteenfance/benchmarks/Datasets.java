package io.github.esspetiteenfance.benchmarks;

import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.testing.EstablishmentGenerators;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** Reproducible datasets drawn from core's property-test generators with a fixed seed. */
final class Datasets {

  private Datasets() {}

  /**
   * Returns {@code size} random valid establishments, the same for a given seed.
   *
   * @param size the number of establishments, >= 0
   * @param seed the seed
   * @return the establishments, not null
   */
  static List<Establishment> establishments(int size, long seed) {
    Gen<Establishment> gen = EstablishmentGenerators.establishments();
    SeededSource source = new SeededSource(seed);
    List<Establishment> all = new ArrayList<>(size);
    while (all.size() < size) {
      try {
        all.add(gen.generate(source));
      } catch (RuntimeException e) {
        // a generator that gave up on an assumption: draw again
      }
    }
    return all;
  }

  /** A randomness source with a fixed seed (QuickTheories' own sources are seeded per run). */
  static final class SeededSource implements DetatchedRandomnessSource {
    private static final Method MIN = accessible("min");
    private static final Method MAX = accessible("max");
    private final SplittableRandom random;

    SeededSource(long seed) {
      this.random = new SplittableRandom(seed);
    }

    private static Method accessible(String name) {
      try {
        Method m = Constraint.class.getDeclaredMethod(name);
        m.setAccessible(true);
        return m;
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public long next(Constraint constraint) {
      try {
        long min = (long) MIN.invoke(constraint);
        long max = (long) MAX.invoke(constraint);
        if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) {
          return random.nextLong();
        }
        return max == Long.MAX_VALUE
            ? min + (random.nextLong() & Long.MAX_VALUE) % (max - min)
            : random.nextLong(min, max + 1);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public DetatchedRandomnessSource detach() {
      return this;
    }

    @Override
    public void registerFailedAssumption() {
      throw new IllegalStateException("assumption failed");
    }

    @Override
    public void commit() {}
  }
}
