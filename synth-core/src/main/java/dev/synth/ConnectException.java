package dev.synth;

/** The database could not be reached or refused the credentials. */
public class ConnectException extends SynthException {
  private static final long serialVersionUID = 1L;

  public ConnectException(String message, Throwable cause) {
    super(message, cause);
  }
}
