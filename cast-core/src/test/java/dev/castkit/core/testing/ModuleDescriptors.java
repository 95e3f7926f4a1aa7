package dev.castkit.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

/** Reads the module descriptor a class was compiled with, from its jar or classes folder. */
public final class ModuleDescriptors {
  private ModuleDescriptors() {}

  /**
   * The descriptor of the module that holds {@code type}, read from its {@code module-info.class}.
   */
  public static ModuleDescriptor of(Class<?> type) {
    try {
      Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
          return ModuleDescriptor.read(in);
        }
      }
      try (JarFile jar = new JarFile(location.toFile());
          InputStream in = jar.getInputStream(jar.getJarEntry("module-info.class"))) {
        return ModuleDescriptor.read(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
