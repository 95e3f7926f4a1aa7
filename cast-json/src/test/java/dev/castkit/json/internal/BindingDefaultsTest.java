package dev.castkit.json.internal;

import static dev.castkit.json.internal.JacksonCodecTest.fails;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.castkit.core.CastAnalysis;
import dev.castkit.json.CastJson;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiPredicate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * {@link JacksonCodec} with a binding that keeps its defaults and whose byte parser is not trusted
 * with the UTF-8 of names: what it does on the Jackson 2 lines before 2.23, and for bindings such
 * as Jackson 3's. The binding is Jackson 2's {@link Codec}, method by method.
 */
class BindingDefaultsTest {
  private static final String HEAD =
      "{\"formatVersion\": \"1.0\", \"id\": \"CAST-1\", \"title\": \"t\"";

  /** Jackson 2 through {@link Codec}'s methods, with JacksonCodec's defaults. */
  private static final class Binding extends JacksonCodec<JsonFactory, JsonParser, JsonGenerator> {
    private final Codec jackson;
    private final boolean bytesAsText;
    private final IOException sinkFailure;

    /** Reading runs out of stack when it reaches this depth; 0 for never. */
    private int overflowDepth;

    /** Writing runs out of stack when it names this field; null for never. */
    private String overflowName;

    Binding(boolean yaml, boolean bytesAsText, IOException sinkFailure) {
      super(
          yaml,
          false,
          Limits.DEFAULT,
          yaml ? YamlSupport.factory(Limits.DEFAULT) : Factories.json(Limits.DEFAULT),
          yaml ? null : Factories.jsonWithPlainNames(Limits.DEFAULT));
      this.jackson = new Codec(yaml, false, Limits.DEFAULT);
      this.bytesAsText = bytesAsText;
      this.sinkFailure = sinkFailure;
    }

    Binding(boolean yaml) {
      this(yaml, false, null);
    }

    @Override
    protected JsonParser parser(JsonFactory factory, byte[] document) throws IOException {
      return jackson.parser(factory, document);
    }

    @Override
    protected JsonParser parser(JsonFactory factory, String document) throws IOException {
      return jackson.parser(factory, document);
    }

    @Override
    protected TokenReader reader(JsonParser parser) {
      TokenReader tokens = jackson.reader(parser);
      return overflowDepth == 0
          ? tokens
          : overflowing(
              TokenReader.class,
              tokens,
              (method, args) -> method.getName().equals("next") && tokens.depth() >= overflowDepth);
    }

    @Override
    protected String pointer(JsonParser parser) {
      return jackson.pointer(parser);
    }

    @Override
    protected void close(JsonParser parser) throws IOException {
      jackson.close(parser);
    }

    @Override
    protected int[] where(Exception e, JsonParser parser) {
      return jackson.where(e, parser);
    }

    @Override
    protected boolean isLimit(Throwable e) {
      return jackson.isLimit(e);
    }

    @Override
    protected boolean isJackson(Throwable e) {
      return jackson.isJackson(e);
    }

    @Override
    protected String jacksonMessage(Throwable e) {
      return jackson.jacksonMessage(e);
    }

    @Override
    protected boolean isInputFailure(Exception e) {
      return jackson.isInputFailure(e);
    }

    @Override
    protected boolean mayBeNameTableOverflow(Throwable e) {
      return jackson.mayBeNameTableOverflow(e);
    }

    @Override
    protected JsonGenerator generator(JsonFactory factory, OutputStream out) throws IOException {
      return jackson.generator(factory, sinkFailure == null ? out : failing());
    }

    @Override
    protected JsonGenerator generator(JsonFactory factory, Writer out) throws IOException {
      return jackson.generator(factory, out);
    }

    private OutputStream failing() {
      return new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          throw sinkFailure;
        }
      };
    }

    @Override
    protected TokenWriter writer(JsonGenerator generator) {
      TokenWriter tokens = jackson.writer(generator);
      return overflowName == null
          ? tokens
          : overflowing(
              TokenWriter.class,
              tokens,
              (method, args) ->
                  method.getName().equals("name")
                      && overflowName.equals(
                          args[0] instanceof Integer number
                              ? TokenWriter.MODEL_NAMES.get(number)
                              : args[0]));
    }

    @Override
    protected void finish(JsonGenerator generator, boolean lineBreak) throws IOException {
      jackson.finish(generator, lineBreak);
    }

    @Override
    protected String outputPointer(JsonGenerator generator) {
      return jackson.outputPointer(generator);
    }

    @Override
    protected boolean checksUtf8OfNames() {
      return false;
    }

    @Override
    protected boolean writesBytesAsText() {
      return bytesAsText || super.writesBytesAsText();
    }
  }

  /**
   * Tokens that throw {@link StackOverflowError} after the call that meets the condition, as a
   * thread with a small stack would: the same place every run, which a real stack does not give.
   */
  private static <T> T overflowing(Class<T> type, T tokens, BiPredicate<Method, Object[]> runsOut) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              Object result;
              try {
                result = method.invoke(tokens, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
              if (runsOut.test(method, args)) {
                throw new StackOverflowError();
              }
              return result;
            }));
  }

  /** The document with an overlong '/' (0xC0 0xAF, not UTF-8) in place of the first '#'. */
  private static byte[] notUtf8(String document) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    int at = document.indexOf('#');
    byte[] broken = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, broken, 0, at);
    broken[at] = (byte) 0xC0;
    broken[at + 1] = (byte) 0xAF;
    System.arraycopy(bytes, at + 1, broken, at + 2, bytes.length - at - 1);
    return broken;
  }

  @Test
  void wellFormedBytesReadAsWithTheCodec() {
    String doc = HEAD + ", \"description\": \"\u00e9t\u00e9 \ud83d\ude00\"}";
    assertThat(new Binding(false).read(doc.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(CastJson.standard().read(doc));
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedAtTheFirstBadByte() {
    // a key given twice comes first, but castkit's check of the bytes does
    String doc = HEAD + ",\n\"id\": \"CAST-2\",\n\"description\": \"ab#c\"}";
    CastJsonException e = fails(() -> new Binding(false).read(notUtf8(doc)));
    assertThat(e.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(e.detail()).contains("invalid UTF-8").contains("0xc0");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(doc.split("\n")[2].indexOf('#') + 1);
  }

  @Test
  void jacksonsSyntaxErrorBeforeTheBadBytesStands() {
    String doc = HEAD + ",\n\"description\" \"d\",\n\"x-a\": \"ab#c\"}";
    CastJsonException e = fails(() -> new Binding(false).read(notUtf8(doc)));
    CastJsonException jackson = fails(() -> CastJson.standard().read(doc.replace('#', 'x')));
    assertThat(e.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(e.detail()).isEqualTo(jackson.detail());
    assertThat(new int[] {e.line(), e.column()}).containsExactly(jackson.line(), jackson.column());
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void bytesWrittenAsTextAreTheBytesOfTheCodec() {
    CastAnalysis analysis =
        CastJson.standard().read(HEAD + ", \"description\": \"\u00e9t\u00e9 \ud83d\ude00\"}");
    byte[] expected = new Codec(false, false, Limits.DEFAULT).toBytes(analysis);
    assertThat(new Binding(false, true, null).toBytes(analysis)).isEqualTo(expected);
    if (JacksonLine.COMBINES_SURROGATES) {
      assertThat(new Binding(false).toBytes(analysis)).isEqualTo(expected);
    } else {
      // before Jackson 2.18 the UTF-8 generator escapes a character outside the BMP as two
      // surrogates: why Codec writes bytes through the text generator on those lines
      assertThat(new String(new Binding(false).toBytes(analysis), StandardCharsets.UTF_8))
          .contains("\\uD83D\\uDE00");
    }
  }

  @Test
  void aFailureOfTheOutputIsAnIoErrorAndJacksonsOwnAnInvalidValue() {
    CastAnalysis analysis = CastJson.standard().read(HEAD + "}");
    CastJsonException io =
        fails(() -> new Binding(false, false, new IOException("disk full")).toBytes(analysis));
    assertThat(io.code()).isEqualTo(Code.IO_ERROR);
    assertThat(io.detail()).isEqualTo("cannot write: java.io.IOException: disk full");
    assertThat(io.getCause()).hasMessage("disk full");
    JsonGenerationException refused =
        new JsonGenerationException("cannot encode", (JsonGenerator) null);
    CastJsonException jackson = fails(() -> new Binding(false, false, refused).toBytes(analysis));
    assertThat(jackson.code()).isEqualTo(Code.INVALID_VALUE);
    assertThat(jackson.detail()).isEqualTo("cannot write: cannot encode");
    assertThat(jackson.getCause()).isSameAs(refused);
    // one of Jackson's write limits (its nesting depth) is the depth the writer counts itself
    StreamConstraintsException limit = new StreamConstraintsException("Document nesting depth");
    CastJsonException deep = fails(() -> new Binding(false, false, limit).toBytes(analysis));
    assertThat(deep.code()).isEqualTo(Code.NESTING_TOO_DEEP);
    assertThat(deep.detail()).isEqualTo("the analysis is nested deeper than the limit of 100");
    assertThat(deep.getCause()).isSameAs(limit);
  }

  @Test
  void runningOutOfStackWhileReadingIsNestingTooDeepWhereItRanOut() {
    String doc =
        HEAD + ", \"losses\": [{\"id\": \"L-1\", \"category\": \"DATA\", \"description\": \"d\"}]}";
    Binding binding = new Binding(false);
    binding.overflowDepth = 3; // the loss
    CastJsonException e = fails(() -> binding.read(doc.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.code()).isEqualTo(Code.NESTING_TOO_DEEP);
    assertThat(e.detail()).isEqualTo("the document is nested too deeply to be read");
    assertThat(e.jsonPointer()).isEqualTo("/losses/0"); // its start
    assertThat(e.getCause()).isNull();
    // the same binding reads it when the stack holds
    binding.overflowDepth = 0;
    assertThat(binding.read(doc.getBytes(StandardCharsets.UTF_8)).losses()).hasSize(1);
  }

  @Test
  void runningOutOfStackWhileWritingIsNestingTooDeepNotDeeperThanTheLimit() {
    CastAnalysis analysis =
        CastJson.standard()
            .read(
                HEAD
                    + ", \"losses\": [{\"id\": \"L-1\", \"category\": \"DATA\", \"description\": \"d\"}]}");
    Binding binding = new Binding(false);
    binding.overflowName = "description";
    for (ThrowingCallable write :
        List.<ThrowingCallable>of(
            () -> binding.toBytes(analysis), () -> binding.toText(analysis))) {
      CastJsonException e = fails(write);
      assertThat(e.code()).isEqualTo(Code.NESTING_TOO_DEEP);
      assertThat(e.detail()).isEqualTo("the analysis is nested too deeply to be written");
      assertThat(e.jsonPointer()).isEqualTo("/losses/0/description");
    }
  }

  @Test
  void aYamlTabAfterAColonIsRefusedByABindingThatDoesNotReadItAgain() {
    String doc = "formatVersion:\t'1.0'\nid: CAST-1\ntitle: t\n";
    // the codec reads it as YAML 1.2 does
    assertThat(CastJson.yaml().read(doc).id().value()).isEqualTo("CAST-1");
    CastJsonException e = fails(() -> new Binding(true).read(doc));
    assertThat(e.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(e.detail()).contains("TAB");
    assertThat(e.line()).isEqualTo(1);
  }
}
