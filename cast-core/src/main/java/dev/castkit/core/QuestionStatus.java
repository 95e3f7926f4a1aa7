package dev.castkit.core;

/** Whether a {@link Question} has been settled. */
public enum QuestionStatus {
  /** Not answered yet. */
  OPEN,
  /** Answered; the answer is recorded. */
  ANSWERED,
  /** Recorded as not answerable with the information available. */
  UNANSWERABLE
}
