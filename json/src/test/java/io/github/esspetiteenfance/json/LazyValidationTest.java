package io.github.esspetiteenfance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * Reading the library's documents never starts Hibernate Validator (#14.6): in a class loader of
 * its own, every document type is read, and Hibernate Validator's factory class is never loaded.
 */
class LazyValidationTest {

  private static final String FACTORY =
      "org.hibernate.validator.internal.engine.ValidatorFactoryImpl";

  /** A class loader that loads the application's classes itself, and tells which it loaded. */
  static final class Isolated extends URLClassLoader {
    Isolated(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    boolean loaded(String name) {
      return findLoadedClass(name) != null;
    }
  }

  @Test
  void readingEveryDocumentType_neverLoadsHibernateValidatorsFactory() throws Exception {
    try (Isolated loader = new Isolated(classPath())) {
      Class<?> probe = loader.loadClass(ValidationProbe.class.getName());

      int read = (int) probe.getMethod("readEveryDocument").invoke(null);

      assertThat(read).isEqualTo(EssDocument.values().size());
      assertThat(loader.loaded(FACTORY)).isFalse();
      // the probe can see it: validating an application's own value starts it
      probe.getMethod("validateApplicationValue").invoke(null);
      assertThat(loader.loaded(FACTORY)).isTrue();
    }
  }

  /** The class path of this JVM, with the entries of a manifest-only jar (Surefire) expanded. */
  private static URL[] classPath() throws IOException {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      File file = new File(entry);
      urls.add(file.toURI().toURL());
      if (file.isFile() && entry.endsWith(".jar")) {
        try (JarFile jar = new JarFile(file)) {
          Manifest manifest = jar.getManifest();
          String path =
              manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
          if (path != null) {
            for (String item : path.trim().split("\\s+")) {
              urls.add(manifestEntry(file, item));
            }
          }
        }
      }
    }
    return urls.toArray(URL[]::new);
  }

  private static URL manifestEntry(File jar, String item) throws MalformedURLException {
    return item.startsWith("file:") ? new URL(item) : new URL(jar.toURI().toURL(), item);
  }
}
