package dev.synth;

/** The configuration names something the schema lacks, or holds an invalid value. */
public class ConfigException extends SynthException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
