/**
 * castkit core: the immutable CAST domain model ({@link dev.castkit.core}), the analysis rules
 * ({@link dev.castkit.core.rules}) and the Markdown, Mermaid and DOT renderers ({@link
 * dev.castkit.core.render}). Needs nothing but the JDK at run time.
 *
 * <pre>{@code
 * module my.incident.tool {
 *   requires dev.castkit.core;
 * }
 * }</pre>
 *
 * <p>The {@code internal} packages are not exported: they may change in any release.
 */
@SuppressWarnings("requires-automatic") // Immutables' annotations, at compile time only
module dev.castkit.core {
  exports dev.castkit.core;
  exports dev.castkit.core.rules;
  exports dev.castkit.core.render;
  exports dev.castkit.core.diff;

  // The description of the model, for castkit's own codec only.
  exports dev.castkit.core.internal.model to
      dev.castkit.json;

  // Compile-time only: the Immutables annotations (the generated code needs nothing of Immutables
  // at run time) and the JSpecify nullness annotations.
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
}
