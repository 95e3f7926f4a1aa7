/**
 * Reports and pictures of a CAST analysis: {@link dev.castkit.core.render.MarkdownReport} writes a
 * whole analysis as Markdown in the order of the CAST Handbook; {@link
 * dev.castkit.core.render.MermaidDiagram} and {@link dev.castkit.core.render.DotDiagram} draw a
 * control structure, or the comparison of the structure as designed with the structure as
 * operating, as Mermaid or Graphviz DOT; {@link dev.castkit.core.render.DiagramOptions} chooses
 * what the diagrams highlight. Every output is a deterministic {@code String}; nothing is written
 * to disk and no tool is run.
 *
 * <pre>{@code
 * String report = MarkdownReport.render(analysis);
 * String mermaid = MermaidDiagram.render(analysis);
 * String dot = DotDiagram.render(analysis, DiagramOptions.builder().highlight(flaw).build());
 * }</pre>
 */
@NullMarked
package dev.castkit.core.render;

import org.jspecify.annotations.NullMarked;
