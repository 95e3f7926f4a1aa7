package dev.castkit.core;

/** How far the analysis has come as a document. */
public enum AnalysisStatus {
  /** Being written; anything may change. */
  DRAFT,
  /** Complete in the authors' view and being reviewed. */
  IN_REVIEW,
  /** Published. A final analysis has no open question. */
  FINAL
}
