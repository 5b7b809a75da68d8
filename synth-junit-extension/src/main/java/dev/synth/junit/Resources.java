package dev.synth.junit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Reads {@code classpath:} resources and files named on the annotation. */
final class Resources {
  private static final String CLASSPATH = "classpath:";

  private Resources() {}

  static String text(String location, String what) {
    if (location.startsWith(CLASSPATH)) {
      String name = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      try (InputStream in = loader.getResourceAsStream(name)) {
        if (in == null) {
          throw new ExtensionConfigurationException(
              what
                  + " "
                  + location
                  + " is not on the test classpath; put it under"
                  + " src/test/resources/"
                  + name
                  + " or give a file path");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ExtensionConfigurationException("cannot read " + what + " " + location, e);
      }
    }
    Path path = Path.of(location);
    if (!Files.isRegularFile(path)) {
      throw new ExtensionConfigurationException(
          what
              + " "
              + path.toAbsolutePath()
              + " does not exist; use classpath:... for a"
              + " resource or a path relative to "
              + Path.of("").toAbsolutePath());
    }
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new ExtensionConfigurationException("cannot read " + what + " " + path, e);
    }
  }
}
