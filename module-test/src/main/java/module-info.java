/** A module of an application that uses ess-petite-enfance on the module path. */
module io.github.esspetiteenfance.moduletest {
  requires io.github.esspetiteenfance.json;

  exports io.github.esspetiteenfance.moduletest;

  // Hibernate Validator reads the fields of ModuleSmoke.Form
  opens io.github.esspetiteenfance.moduletest;
}
