package dev.castkit.core;

/** Where a piece of {@link Evidence} comes from. */
public enum EvidenceKind {
  /** A web page. */
  URL,
  /** A log of a program or system. */
  LOG,
  /** A chat or incident-channel excerpt. */
  CHAT,
  /** A metric, graph or dashboard. */
  METRIC,
  /** A document, such as a runbook or design. */
  DOCUMENT,
  /** What a person involved said. */
  INTERVIEW,
  /** Anything else. */
  OTHER
}
