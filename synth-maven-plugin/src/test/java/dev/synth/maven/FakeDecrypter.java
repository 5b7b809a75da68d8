package dev.synth.maven;

import java.util.List;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/** Decrypts {@code {enc:x}} to {@code x}; {@code {broken}} yields a problem as Maven's would. */
final class FakeDecrypter implements SettingsDecrypter {

  @Override
  public SettingsDecryptionResult decrypt(SettingsDecryptionRequest request) {
    List<Server> servers = request.getServers().stream().map(FakeDecrypter::decrypted).toList();
    List<SettingsProblem> problems =
        request.getServers().stream()
            .filter(s -> "{broken}".equals(s.getPassword()))
            .map(s -> problem("Failed to decrypt password for server " + s.getId()))
            .toList();
    return new Result(servers, problems);
  }

  private static Server decrypted(Server server) {
    Server copy = server.clone();
    String password = server.getPassword();
    if (password != null && password.startsWith("{enc:")) {
      copy.setPassword(password.substring(5, password.length() - 1));
    }
    return copy;
  }

  private static SettingsProblem problem(String message) {
    return new DefaultSettingsProblem(
        message, SettingsProblem.Severity.ERROR, "server", -1, -1, null);
  }

  private record Result(List<Server> getServers, List<SettingsProblem> getProblems)
      implements SettingsDecryptionResult {
    @Override
    public Server getServer() {
      return getServers.isEmpty() ? null : getServers.get(0);
    }

    @Override
    public Proxy getProxy() {
      return null;
    }

    @Override
    public List<Proxy> getProxies() {
      return List.of();
    }
  }
}
