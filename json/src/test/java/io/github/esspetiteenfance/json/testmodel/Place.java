package io.github.esspetiteenfance.json.testmodel;

/** A sealed interface of records, to test polymorphic handling. */
public sealed interface Place permits Place.Nursery, Place.Playground {

  /** Returns the name. */
  String name();

  /** A nursery. */
  record Nursery(
      @jakarta.validation.constraints.NotBlank String name,
      int capacity,
      java.util.Optional<TestCode> code,
      AgeRange ages)
      implements Place {
    /** Creates a nursery. */
    public Nursery {
      java.util.Objects.requireNonNull(name, "name");
      java.util.Objects.requireNonNull(code, "code");
      java.util.Objects.requireNonNull(ages, "ages");
    }
  }

  /** A playground. */
  record Playground(
      String name, java.util.Set<Colour> colours, java.util.List<java.time.LocalDate> openDays)
      implements Place {
    /** Creates a playground. */
    public Playground {
      java.util.Objects.requireNonNull(name, "name");
      colours = java.util.Set.copyOf(colours);
      openDays = java.util.List.copyOf(openDays);
    }
  }
}
