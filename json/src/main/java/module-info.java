/**
 * The JSON mapping of ess-petite-enfance: the Jackson module, the strict reader and the JSON
 * Schemas of the model.
 *
 * <p>The JSON Schema generator (victools) is optional: it is needed only to generate the schemas of
 * an extended model. The package is opened so that Jackson can use its mix-ins and the library can
 * read its message files through the class loader.
 */
module io.github.esspetiteenfance.json {
  requires transitive io.github.esspetiteenfance.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires static com.fasterxml.classmate;
  requires static com.github.victools.jsonschema.generator;
  requires static com.github.victools.jsonschema.module.jackson;
  requires static com.github.victools.jsonschema.module.jakarta.validation;
  requires static org.immutables.value.annotations;

  exports io.github.esspetiteenfance.json;

  opens io.github.esspetiteenfance.json;

  provides com.fasterxml.jackson.databind.Module with
      io.github.esspetiteenfance.json.EssPetiteEnfanceModule;
}
