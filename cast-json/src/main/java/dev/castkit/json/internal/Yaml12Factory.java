package dev.castkit.json.internal;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;

/**
 * The YAML factory: every input goes through {@link YamlText} (decoding by the YAML rules, line
 * breaks of YAML 1.1 made ordinary characters) into a {@link Yaml12Parser}; every output through a
 * {@link Yaml12Generator}. Not API.
 */
final class Yaml12Factory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  Yaml12Factory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  private YAMLParser parser(String doc, IOContext ctxt) {
    YamlText.Prepared prepared = YamlText.prepare(doc);
    return new Yaml12Parser(
        ctxt,
        _parserFeatures,
        _yamlParserFeatures,
        _loaderOptions,
        _objectCodec,
        new java.io.StringReader(prepared.text()),
        prepared.breaks());
  }

  @Override
  public YAMLParser createParser(String content) throws IOException {
    return parser(content, _createContext(_createContentReference(content), true));
  }

  @Override
  protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = r.read(buffer)) >= 0; ) {
      text.append(buffer, 0, n);
    }
    return parser(text.toString(), ctxt);
  }

  @Override
  protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean r) {
    return parser(new String(data, offset, len), ctxt);
  }

  @Override
  protected YAMLParser _createParser(InputStream in, IOContext ctxt) throws IOException {
    return parser(YamlText.decode(in.readAllBytes()), ctxt);
  }

  @Override
  protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) {
    byte[] bytes =
        offset == 0 && len == data.length
            ? data
            : java.util.Arrays.copyOfRange(data, offset, offset + len);
    return parser(YamlText.decode(bytes), ctxt);
  }

  @Override
  protected YAMLGenerator _createGenerator(Writer out, IOContext ctxt) throws IOException {
    return new Yaml12Generator(
        ctxt,
        _generatorFeatures,
        _yamlGeneratorFeatures,
        _quotingChecker,
        _objectCodec,
        out,
        _version);
  }
}
