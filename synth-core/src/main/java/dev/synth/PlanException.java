package dev.synth;

/** The requested data cannot satisfy the schema; raised before anything is written. */
public class PlanException extends SynthException {
  private static final long serialVersionUID = 1L;

  public PlanException(String message) {
    super(message);
  }
}
