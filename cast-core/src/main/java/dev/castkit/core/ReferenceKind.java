package dev.castkit.core;

/** What a {@link Reference} to the incident elsewhere points at. */
public enum ReferenceKind {
  /** A web page, such as a public post-mortem. */
  URL,
  /** An id in an incident or issue tracker. */
  TRACKER,
  /** A document that is not on the web. */
  DOCUMENT,
  /** A chat thread or channel (Slack, Teams, IRC), named by its link. Since format 1.1. */
  CHAT,
  /** Anything else. */
  OTHER
}
