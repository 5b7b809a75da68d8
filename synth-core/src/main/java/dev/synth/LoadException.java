package dev.synth;

/** Writing to the database failed; the target was rolled back to its state before the run. */
public class LoadException extends SynthException {
  private static final long serialVersionUID = 1L;

  public LoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
