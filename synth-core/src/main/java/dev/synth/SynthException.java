package dev.synth;

/** Base of every error Synth reports; its message says what failed and how to fix it. */
public class SynthException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SynthException(String message) {
    super(message);
  }

  public SynthException(String message, Throwable cause) {
    super(message, cause);
  }
}
