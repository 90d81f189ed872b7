package io.github.esspetiteenfance.json.testmodel;

import io.github.esspetiteenfance.json.JsonModel;

/** The standard model extended with the test types. */
public final class TestModel {
  private TestModel() {}

  /** The model. */
  public static final JsonModel MODEL =
      JsonModel.standard().toBuilder()
          .identifier(TestCode.class, "^[A-Z]{2}[0-9]{3}$")
          .subtype(Place.class, Place.Nursery.class, "nursery")
          .subtype(Place.class, Place.Playground.class, "playground")
          .document("catalog", Catalog.class)
          .build();
}
