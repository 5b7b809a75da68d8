package dev.synth.maven;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Works out the database credentials: an explicit user or password wins; what is missing comes from
 * the {@code <server>} in {@code settings.xml} named by {@code serverId}, decrypted.
 *
 * <pre>{@code
 * Credentials c = new ServerCredentials(settings, decrypter).resolve("app-db", null, null);
 * }</pre>
 */
final class ServerCredentials {
  private final Settings settings;
  private final SettingsDecrypter decrypter;

  ServerCredentials(Settings settings, SettingsDecrypter decrypter) {
    this.settings = settings;
    this.decrypter = decrypter;
  }

  Credentials resolve(String serverId, String user, String password) throws MojoFailureException {
    if (serverId == null || serverId.isBlank()) {
      return new Credentials(user, password);
    }
    Server server = decrypt(find(serverId));
    return new Credentials(
        user != null ? user : server.getUsername(),
        password != null ? password : server.getPassword());
  }

  private Server find(String serverId) throws MojoFailureException {
    List<Server> servers = settings == null ? List.of() : settings.getServers();
    return servers.stream()
        .filter(s -> serverId.equals(s.getId()))
        .findFirst()
        .orElseThrow(
            () ->
                new MojoFailureException(
                    "No <server> with id '"
                        + serverId
                        + "' in settings.xml; the server ids present are "
                        + ids(servers)
                        + ". Add a <server> with that id or fix -Dsynth.serverId."));
  }

  private static String ids(List<Server> servers) {
    return servers.isEmpty()
        ? "(none)"
        : servers.stream().map(Server::getId).collect(Collectors.joining(", "));
  }

  private Server decrypt(Server server) throws MojoFailureException {
    SettingsDecryptionResult result =
        decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    List<String> errors =
        result.getProblems().stream()
            .filter(p -> p.getSeverity() != SettingsProblem.Severity.WARNING)
            .map(SettingsProblem::getMessage)
            .toList();
    if (!errors.isEmpty()) {
      throw new MojoFailureException(
          "Cannot decrypt the credentials of server '"
              + server.getId()
              + "' in settings.xml: "
              + String.join("; ", errors)
              + ". Check the master password in settings-security.xml.");
    }
    return result.getServer();
  }
}
