package dev.castkit.core.render;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.render.internal.MermaidWriter;
import dev.castkit.core.render.internal.StructureView;

/**
 * Draws a control structure as a <a href="https://mermaid.js.org">Mermaid</a> flowchart, which
 * GitHub, GitLab and most wikis draw from a fenced {@code mermaid} block.
 *
 * <p>Controllers sit above what they control by {@link dev.castkit.core.Component#level() level};
 * control actions point down, feedback up; each link carries its label. Kinds of component differ
 * by shape (organisation: subroutine box, human controller: rounded box, automated controller: box,
 * controlled process: hexagon, actuator and sensor: trapezia, external controller: stadium,
 * external: flag). A missing link is dashed and red, an inoperable one red with a cross for its
 * head, a degraded one orange, a delayed one orange and dotted, an incorrect one (a wrong value)
 * crimson, an unnoticed one (present, but nobody acted on it) brown; each also says so in its
 * label. The groups of the structure (organisations, boundaries) are drawn as grey boxes around
 * their components, nested as the groups are. Mermaid lays the chart out itself and cannot pin a
 * box to a level; the text is written so that its layout keeps controllers above what they control
 * in the usual shapes of a control structure ({@link DotDiagram} enforces the levels).
 *
 * <p>The comparison of the structure as designed with the structure as operating matches components
 * and links by id and draws one diagram: what only the design has is grey, dashed and marked {@code
 * [lost]}; what only the operating structure has is purple, thick and marked {@code [added]}; a
 * link in both with another status in each is drawn as it operated and says both ({@code [present
 * as designed, missing as operating]}). Long names and labels are wrapped at word boundaries.
 *
 * <p>Output is deterministic (the same value gives the same text) and every text of the analysis is
 * escaped, so no name or label can break the diagram. Mermaid itself refuses, by default, a diagram
 * longer than 50,000 characters or with more than 500 links ({@code maxTextSize}, {@code
 * maxEdges}); draw a structure that large with {@link DotDiagram}.
 *
 * <pre>{@code
 * Files.writeString(Path.of("structure.mmd"), MermaidDiagram.render(analysis));
 * String focused = MermaidDiagram.render(analysis, DiagramOptions.builder().highlight(flaw).build());
 * }</pre>
 */
public final class MermaidDiagram {
  private MermaidDiagram() {}

  /**
   * Draws one control structure.
   *
   * @param structure the structure
   * @return the diagram text, ending with a line break
   * @throws IllegalArgumentException when {@code structure} is null
   */
  public static String render(ControlStructure structure) {
    return render(structure, DiagramOptions.defaults());
  }

  /**
   * Draws one control structure with options (a highlighted recommendation contributes only the
   * components and links it names itself, as there is no analysis to follow its flaws in).
   *
   * @param structure the structure
   * @param options what to highlight
   * @return the diagram text, ending with a line break
   * @throws IllegalArgumentException when an argument is null
   */
  public static String render(ControlStructure structure, DiagramOptions options) {
    Arguments.notNull(structure, "structure");
    Arguments.notNull(options, "options");
    return MermaidWriter.write(StructureView.of(structure, options.highlight(null)));
  }

  /**
   * Draws the structure as designed and the structure as operating in one diagram, matched by
   * component and link id.
   *
   * @param designed the structure as designed
   * @param operating the structure as it operated at the time of the loss
   * @return the diagram text, ending with a line break
   * @throws IllegalArgumentException when an argument is null
   */
  public static String compare(ControlStructure designed, ControlStructure operating) {
    return compare(designed, operating, DiagramOptions.defaults());
  }

  /**
   * Draws the structure as designed and the structure as operating in one diagram, with options.
   *
   * @param designed the structure as designed
   * @param operating the structure as it operated at the time of the loss
   * @param options what to highlight
   * @return the diagram text, ending with a line break
   * @throws IllegalArgumentException when an argument is null
   */
  public static String compare(
      ControlStructure designed, ControlStructure operating, DiagramOptions options) {
    Arguments.notNull(designed, "designed");
    Arguments.notNull(operating, "operating");
    Arguments.notNull(options, "options");
    return MermaidWriter.write(StructureView.compare(designed, operating, options.highlight(null)));
  }

  /**
   * Draws the control structure of an analysis: the comparison when it holds a structure as
   * designed and one as operating (the first of each), otherwise its first structure, otherwise a
   * diagram saying there is none.
   *
   * @param analysis the analysis
   * @return the diagram text, ending with a line break
   * @throws IllegalArgumentException when {@code analysis} is null
   */
  public static String render(CastAnalysis analysis) {
    return render(analysis, DiagramOptions.defaults());
  }

  /**
   * Draws the control structure of an analysis with options, as {@link #render(CastAnalysis)}.
   *
   * @param analysis the analysis
   * @param options what to highlight
   * @return the diagram text, ending with a line break
   * @throws IllegalArgumentException when an argument is null
   */
  public static String render(CastAnalysis analysis, DiagramOptions options) {
    Arguments.notNull(analysis, "analysis");
    Arguments.notNull(options, "options");
    return MermaidWriter.write(StructureView.of(analysis, options.highlight(analysis)));
  }
}
