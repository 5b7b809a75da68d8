package dev.synth.maven;

/**
 * A database user and password; {@link #toString()} never shows the password.
 *
 * <pre>{@code
 * new Credentials("app", "secret").toString(); // Credentials[user=app, password=****]
 * }</pre>
 */
record Credentials(String user, String password) {
  @Override
  public String toString() {
    return "Credentials[user=" + user + ", password=" + (password == null ? "null" : "****") + "]";
  }
}
