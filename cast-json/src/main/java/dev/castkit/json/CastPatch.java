package dev.castkit.json;

import dev.castkit.core.CastAnalysis;
import dev.castkit.json.CastJsonException.Code;
import dev.castkit.json.internal.JsonTree;
import dev.castkit.json.internal.PatchDiff;
import dev.castkit.json.internal.PatchOp;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A JSON Patch (RFC 6902) between the canonical JSON of two analyses: what changed, as a document
 * any JSON Patch tool can apply, and applying such a patch to an analysis.
 *
 * <pre>{@code
 * CastAnalysis before = CastJson.standard().read(Path.of("outage.cast.json"));
 * CastAnalysis after = before.toBuilder().title("Metadata outage, full report").build();
 *
 * CastPatch patch = CastPatch.between(before, after);
 * String json = patch.toJson();
 * // [
 * //   {
 * //     "op": "replace",
 * //     "path": "/title",
 * //     "value": "Metadata outage, full report"
 * //   }
 * // ]
 * CastAnalysis again = CastPatch.parse(json).applyTo(before); // equals after
 * }</pre>
 *
 * <p><b>Between</b>: the patch works on the canonical JSON, what {@code
 * CastJson.standard().write(analysis)} gives. Applied to the first analysis's canonical JSON, it
 * gives a document whose canonical form is the second's, byte for byte. It is kept small: the
 * elements of a list are matched by their key (the id; a milestone's {@code kind}, a revision's
 * {@code version}, a component analysis's {@code component}, a process model variable's {@code
 * name}), so that a change of one field of one element is one operation at that field, an element
 * added or removed is one operation, and an element that changed place is a {@code move}. Sets of
 * ids and other arrays without keys are compared item by item (a longest common subsequence).
 *
 * <p><b>Parsing</b> reads any RFC 6902 document: {@code add}, {@code remove}, {@code replace},
 * {@code move}, {@code copy} and {@code test}, with RFC 6901 pointers ({@code ~0} for {@code ~},
 * {@code ~1} for {@code /}, {@code -} for the end of an array); members an operation does not use
 * are ignored, as the RFC says. A document that is not a patch is a {@link CastJsonException} with
 * the JSON pointer of the offending value in the patch, its line and column.
 *
 * <p><b>Applying</b> works on the canonical JSON of the analysis given: the operations are applied
 * in order, and the result is read as an analysis and written canonically again. An operation that
 * cannot be applied is a {@link CastJsonException} ({@link Code#PATCH_TARGET_NOT_FOUND}, {@link
 * Code#PATCH_TEST_FAILED}) whose message names the operation's index, its op and its paths, and
 * whose {@link CastJsonException#jsonPointer() pointer} is that of the failing member in the patch
 * ({@code /3/path}); a result that is not a valid analysis is the reader's error, located in the
 * patched document. Nothing the caller holds is changed.
 *
 * <p>Instances are immutable and thread-safe; {@link #equals} compares the operations.
 */
public final class CastPatch {
  private static final CastJson JSON = CastJson.standard();

  private final List<PatchOp> operations;

  private CastPatch(List<PatchOp> operations) {
    this.operations = operations;
  }

  /**
   * The patch that turns the canonical JSON of one analysis into that of another.
   *
   * @param before the first analysis
   * @param after the second
   * @return the patch; empty when both have the same canonical JSON
   * @throws CastJsonException when an analysis cannot be written (see {@link
   *     CastJson#write(CastAnalysis)})
   */
  public static CastPatch between(CastAnalysis before, CastAnalysis after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    return new CastPatch(PatchDiff.between(tree(JSON.write(before)), tree(JSON.write(after))));
  }

  /**
   * Reads a JSON Patch.
   *
   * @param json an RFC 6902 document
   * @return the patch
   * @throws CastJsonException when it is not well-formed JSON, not an array of operations, or an
   *     operation lacks a member, has an unknown op or a malformed pointer
   */
  public static CastPatch parse(String json) {
    requireNonNull(json, "json");
    return new CastPatch(PatchOp.readAll(json));
  }

  /**
   * Reads a JSON Patch in UTF-8.
   *
   * @param json an RFC 6902 document
   * @return the patch
   * @throws CastJsonException as {@link #parse(String)}, and {@link Code#SYNTAX_ERROR} when the
   *     bytes are not UTF-8
   */
  public static CastPatch parse(byte[] json) {
    requireNonNull(json, "json");
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(json))
              .toString();
    } catch (CharacterCodingException e) {
      throw new CastJsonException(
          Code.SYNTAX_ERROR, "a JSON Patch must be UTF-8: " + e.getMessage(), "", -1, -1, e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return parse(text);
  }

  /**
   * The patch as JSON: an array of operations, each with {@code op}, then {@code from}, {@code
   * path} and {@code value} as it has them, laid out as {@link CastJson} lays out analyses (two
   * spaces of indent, final line break). The same patch always gives the same text, and {@link
   * #parse(String)} reads it back as an equal patch.
   *
   * @return the JSON text
   */
  public String toJson() {
    List<Object> tree = new ArrayList<>(operations.size());
    for (PatchOp op : operations) {
      tree.add(op.toTree());
    }
    return JsonTree.write(tree);
  }

  /**
   * Applies the patch to the canonical form of a document.
   *
   * @param json a CAST analysis document (canonical or not: the patch applies to its canonical
   *     form)
   * @return the canonical JSON of the patched analysis
   * @throws CastJsonException when the document is not a valid analysis, an operation cannot be
   *     applied, or the result is not a valid analysis
   */
  public String applyTo(String json) {
    requireNonNull(json, "json");
    return JSON.write(applyTo(JSON.read(json)));
  }

  /**
   * Applies the patch to the canonical JSON of an analysis and reads the result.
   *
   * @param analysis the analysis, which is not changed (it is immutable)
   * @return the patched analysis
   * @throws CastJsonException when an operation cannot be applied, or the result is not a valid
   *     analysis
   */
  public CastAnalysis applyTo(CastAnalysis analysis) {
    requireNonNull(analysis, "analysis");
    Object document = PatchOp.applyAll(operations, tree(JSON.write(analysis)));
    return JSON.read(JsonTree.write(document));
  }

  /**
   * The number of operations.
   *
   * @return how many operations the patch has
   */
  public int size() {
    return operations.size();
  }

  /**
   * Whether the patch has no operation (it changes nothing).
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return operations.isEmpty();
  }

  /**
   * Equal to a patch of equal operations in the same order; where a parsed patch stood in its
   * document does not count.
   *
   * @param o another object
   * @return true when equal
   */
  @Override
  @SuppressWarnings("exports") // JSpecify's @Nullable: its module is compile-time only
  public boolean equals(@Nullable Object o) {
    return o instanceof CastPatch p && p.operations.equals(operations);
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return operations.hashCode();
  }

  /**
   * The patch as JSON, {@link #toJson()}.
   *
   * @return the JSON text
   */
  @Override
  public String toString() {
    return toJson();
  }

  private static Object tree(String canonical) {
    return JsonTree.parse(canonical, "analysis", null);
  }

  private static void requireNonNull(@Nullable Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }
}
