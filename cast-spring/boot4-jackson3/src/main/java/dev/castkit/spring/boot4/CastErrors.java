package dev.castkit.spring.boot4;

import dev.castkit.json.CastJsonException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * A request body that cannot be read gives a 400 that says what and where: castkit's code, the
 * JSON pointer and the line and column in the request body as the client sent it.
 *
 * <p>CastJackson3Module reads the analysis from the request's own parser, so the positions of a
 * castkit error are already those of the whole body. A syntax error is Jackson's, found by the same
 * parser; it is reported with castkit's code {@code SYNTAX_ERROR} at the parser's position.
 */
@RestControllerAdvice
class CastErrors {

  /**
   * The body of a 400.
   *
   * @param code castkit's error code
   * @param message what is wrong
   * @param pointer where, as a JSON pointer from the root of the request body
   * @param line the 1-based line in the request body, -1 when unknown
   * @param column the 1-based column in the request body, -1 when unknown
   */
  record Problem(String code, String message, String pointer, int line, int column) {}

  @ExceptionHandler(HttpMessageNotReadableException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  Problem unreadable(HttpMessageNotReadableException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CastJsonException c) {
        return new Problem(c.code().name(), c.detail(), c.jsonPointer(), c.line(), c.column());
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamReadException s) {
        TokenStreamLocation at = s.getLocation();
        JsonParser p = s.processor();
        return new Problem(
            CastJsonException.Code.SYNTAX_ERROR.name(),
            s.getOriginalMessage(),
            p == null ? "" : p.streamReadContext().pathAsPointer().toString(),
            at == null ? -1 : at.getLineNr(),
            at == null ? -1 : at.getColumnNr());
      }
    }
    Throwable cause = e.getMostSpecificCause();
    return new Problem(
        CastJsonException.Code.SYNTAX_ERROR.name(),
        cause instanceof JacksonException j ? j.getOriginalMessage() : "unreadable body",
        "",
        -1,
        -1);
  }
}
