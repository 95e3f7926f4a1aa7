package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.castkit.core.AnalysisId;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.render.DotDiagram;
import dev.castkit.core.render.MarkdownReport;
import dev.castkit.core.render.MermaidDiagram;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.testing.CpuTime;
import dev.castkit.json.CastJsonException.Code;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No input can name a Java class, trigger reflection on a type it chooses, or make the library open
 * a file or a connection.
 *
 * <p>What these tests prove, and what they do not: they feed the usual vectors (type-id fields such
 * as {@code "@class"} and {@code "$type"}, references to {@code file:}, {@code http:}, {@code jar:}
 * and {@code ldap:} URLs, JNDI lookups in text, YAML tags naming classes) through every entry point
 * (JSON and YAML reading, writing, the rules, the three renderers, the Jackson module) and watch
 * for effects: a canary class whose static initializer records that it was loaded, a canary file
 * that must not appear, a named pipe that would block whoever opened it, and a local server socket
 * that must not see a connection. They show that these inputs have no such effect; they cannot show
 * that no input ever could. That part rests on the source check at the end: the main code of
 * cast-core and cast-json names no reflection, class loading, network or process API, and touches
 * files only in {@code CastJson.read(Path)} and {@code write(..., Path)}, where the caller names
 * the file.
 */
class SafetyTest {
  /** Recorded by the canary class's static initializer. */
  static volatile boolean canaryLoaded;

  /** A class whose loading the tests would see. */
  public static final class Canary {
    static {
      canaryLoaded = true;
    }

    /** Never called: loading the class is what would be seen. */
    public Canary() {}
  }

  private static final String CANARY = Canary.class.getName();

  /** Recorded by the second canary, which only the self-check below loads. */
  static volatile boolean witnessLoaded;

  /** Shows that loading a canary by name is seen. */
  public static final class Witness {
    static {
      witnessLoaded = true;
    }

    /** Never called. */
    public Witness() {}
  }

  @Test
  void loadingACanaryByNameIsSeen() throws ClassNotFoundException {
    assertThat(witnessLoaded).isFalse();
    Class.forName(Witness.class.getName());
    assertThat(witnessLoaded).isTrue();
  }

  private static List<String> typeIdKeys() {
    return List.of(
        "@class", "@type", "$type", "__type", "type", "@c", "$class", "javaClass", "class");
  }

  private static String hostileDocument(String fileUrl, String fifoUrl, int port) {
    String http = "http://127.0.0.1:" + port + "/x";
    String ldap = "ldap://127.0.0.1:" + port + "/a";
    StringBuilder fields = new StringBuilder();
    for (String key : typeIdKeys()) {
      fields.append(", \"").append(key).append("\": \"").append(CANARY).append('"');
    }
    String refs =
        ", \"$ref\": \""
            + fileUrl
            + "\", \"$schema\": \""
            + http
            + "\", \"$id\": \""
            + fifoUrl
            + "\", \"$include\": \"jar:"
            + fileUrl
            + "!/x\", \"@context\": \""
            + http
            + "\", \"__proto__\": {\"polluted\": true}"
            + ", \"x-obj\": {\"@class\": \"java.net.URL\", \"val\": \""
            + http
            + "\"}"
            + ", \"x-arr\": [\"java.lang.Runtime\", {\"$type\": \"javax.script.ScriptEngineManager\"}]";
    String jndi = "${jndi:" + ldap + "}";
    return "{\"formatVersion\": \"1.0\", \"id\": \"CAST-1\", \"title\": \""
        + jndi
        + "\", \"summary\": \"#{T(java.lang.Runtime).getRuntime().exec('touch "
        + fileUrl
        + "')}\""
        + fields
        + refs
        + ", \"references\": [{\"kind\": \"URL\", \"value\": \""
        + http
        + "\"}, {\"kind\": \"URL\", \"value\": \""
        + fileUrl
        + "\"}]"
        + ", \"losses\": [{\"id\": \"L-1\", \"description\": \""
        + jndi
        + "\", \"category\": \"OTHER\", \"$ref\": \""
        + fifoUrl
        + "\", \"@class\": \""
        + CANARY
        + "\"}]"
        + ", \"controlStructures\": [{\"id\": \"CS-1\", \"variant\": \"AS_OPERATING\", \"@type\": \""
        + CANARY
        + "\", \"components\": [{\"id\": \"C-1\", \"name\": \"<img src="
        + http
        + ">\", \"kind\": \"SENSOR\"}], \"links\": [{\"id\": \"L.1\", \"kind\": \"FEEDBACK\","
        + " \"source\": \"C-1\", \"target\": \"C-1\", \"label\": \"[x]("
        + fileUrl
        + ")\"}]}]}";
  }

  /** Reads, writes, checks and renders the document every way the library can. */
  private static CastAnalysis everyPath(String json) {
    CastAnalysis read = CastJson.standard().read(json);
    CastJson.standard().write(read);
    CastJson.yaml().read(CastJson.yaml().write(read));
    CastRules.standard().check(read);
    MarkdownReport.render(read);
    MermaidDiagram.render(read);
    DotDiagram.render(read);
    ObjectMapper mapper = new ObjectMapper().registerModule(new CastJsonModule());
    try {
      assertThat(mapper.readValue(json, CastAnalysis.class)).isEqualTo(read);
      mapper.writeValueAsString(read);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read;
  }

  @Test
  void typeIdsAndReferencesAreKeptAsPlainDataAndNothingIsLoadedOpenedOrConnected(@TempDir Path dir)
      throws Exception {
    Path canaryFile = dir.resolve("canary-must-not-exist");
    String fileUrl = canaryFile.toUri().toString();
    Path fifo = dir.resolve("fifo");
    boolean haveFifo =
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0 && Files.exists(fifo);
    String fifoUrl = fifo.toUri().toString();
    try (ServerSocketChannel server =
        ServerSocketChannel.open()
            .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      // non-blocking: accept() says at once whether a connection is waiting, with no timeout
      server.configureBlocking(false);
      int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
      String json = hostileDocument(fileUrl, fifoUrl, port);
      // Opening the pipe would block until someone writes to it, using no CPU: the watchdog sees
      // a worker in the JDK's native open (or connect) by what it is doing, and fails at once; a
      // runaway fails at its CPU bound. No wall-clock bound.
      // The JDK's and the libraries' one-time work is done first, on a plain document: the
      // time-zone data that ObjectMapper's class reads when it is initialised is a file open that
      // the watchdog would see, whichever test happened to use ObjectMapper first. What it sees
      // below is then what the hostile document makes happen.
      everyPath(
          CastJson.standard()
              .write(CastAnalysis.builder().id(AnalysisId.of("CAST-0")).title("plain").build()));
      CastAnalysis a =
          CpuTime.offline(
                  "reading, writing, checking and rendering a hostile document",
                  Duration.ofSeconds(60),
                  () -> everyPath(json))
              .result();
      // kept verbatim, as extension data
      for (String key : typeIdKeys()) {
        assertThat(a.extensions()).containsEntry(key, ExtensionValue.of(CANARY));
      }
      assertThat(a.extensions()).containsEntry("$ref", ExtensionValue.of(fileUrl));
      assertThat(a.extensions()).containsEntry("$id", ExtensionValue.of(fifoUrl));
      assertThat(a.extensions().get("__proto__"))
          .isEqualTo(ExtensionValue.object(Map.of("polluted", ExtensionValue.of(true))));
      assertThat(a.losses().get(0).extensions()).containsEntry("@class", ExtensionValue.of(CANARY));
      assertThat(a.controlStructures().get(0).extensions())
          .containsEntry("@type", ExtensionValue.of(CANARY));
      assertThat(a.title()).startsWith("${jndi:ldap://127.0.0.1:");
      // and nothing happened
      assertThat(canaryLoaded).as("the canary class was loaded").isFalse();
      assertThat(canaryFile).doesNotExist();
      // a connection the library made would be complete and waiting in the backlog by now
      assertThat(server.accept()).as("a connection to the local canary server").isNull();
    }
    if (haveFifo) {
      assertThat(fifo).exists(); // still a pipe nobody opened (opening it would have blocked)
    }
  }

  @Test
  void yamlTagsThatNameAClassAreRefusedAndLoadNothing() {
    String head = "formatVersion: \"1.0\"\nid: C\ntitle: t\n";
    for (String value :
        List.of(
            "!!" + CANARY + " {}",
            "!<tag:yaml.org,2002:" + CANARY + "> x",
            "!!java.net.URL [\"http://127.0.0.1:9/\"]",
            "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
                + " [\"http://127.0.0.1:9/\"]]]]",
            "!!java.io.FileInputStream [\"/etc/passwd\"]",
            "!!java.lang.ProcessBuilder [[\"touch\", \"/tmp/castkit-canary\"]]",
            "!" + CANARY + " x",
            "!<" + CANARY + "> x")) {
      CastJsonException e =
          catchThrowableOfType(
              CastJsonException.class, () -> CastJson.yaml().read(head + "x-a: " + value + "\n"));
      assertThat(e).as(value).isNotNull();
      assertThat(e.code()).as(value).isEqualTo(Code.UNSUPPORTED_YAML_FEATURE);
      assertThat(e.jsonPointer()).isEqualTo("/x-a");
    }
    assertThat(canaryLoaded).isFalse();
    assertThat(Path.of("/tmp/castkit-canary")).doesNotExist();
  }

  @Test
  void theMainCodeNamesNoReflectionClassLoadingNetworkOrProcessApi() throws IOException {
    List<String> forbidden =
        List.of(
            "Class.forName",
            "ClassLoader",
            "getDeclared",
            "newInstance",
            "setAccessible",
            "java.lang.reflect",
            "java.lang.invoke",
            "java.net.",
            "Socket",
            "ObjectInputStream",
            "ScriptEngine",
            "javax.naming",
            "InitialContext",
            "Runtime.getRuntime",
            "ProcessBuilder",
            "java.io.File ",
            "FileInputStream",
            "FileOutputStream",
            "RandomAccessFile",
            "enableDefaultTyping",
            "activateDefaultTyping",
            "@JsonTypeInfo");
    List<String> found = new ArrayList<>();
    List<String> fileUse = new ArrayList<>();
    for (Path root : List.of(Path.of("../cast-core/src/main"), Path.of("src/main"))) {
      assertThat(root).isDirectory();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          List<String> lines = Files.readAllLines(f);
          for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
              continue; // comments and javadoc may name what the code does not use
            }
            for (String word : forbidden) {
              if (line.contains(word)) {
                found.add(f + ":" + (i + 1) + ": " + line);
              }
            }
            if (line.contains("java.nio.file") || line.contains("getResource")) {
              fileUse.add(f.getFileName() + ": " + line);
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
    // Files only where the caller names them, and class-path resources of fixed names.
    assertThat(fileUse)
        .containsExactlyInAnyOrder(
            "CastJson.java: import java.nio.file.Files;",
            "CastJson.java: import java.nio.file.Path;",
            "PhraseMatcher.java: try (InputStream in = PhraseMatcher.class.getResourceAsStream(name)) {");
  }
}
