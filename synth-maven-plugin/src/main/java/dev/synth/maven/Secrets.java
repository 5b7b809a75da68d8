package dev.synth.maven;

/**
 * Keeps a password out of text shown to the user, e.g. a driver message that echoes the URL.
 *
 * <pre>{@code
 * Secrets.mask("login failed for s3cret", "s3cret"); // "login failed for ****"
 * }</pre>
 */
final class Secrets {
  private Secrets() {}

  static String mask(String text, String secret) {
    if (text == null || secret == null || secret.isEmpty()) {
      return text;
    }
    return text.replace(secret, "****");
  }
}
