package dev.synth.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

class CredentialsTest {
  private final PopulateMojo mojo = new PopulateMojo(new FakeDecrypter());

  CredentialsTest() {
    mojo.settings = new Settings();
    mojo.settings.addServer(server("app-db", "app", "{enc:s3cret}"));
    mojo.settings.addServer(server("other", "x", "y"));
  }

  @Test
  void withoutServerIdTheExplicitUserAndPasswordAreUsed() throws Exception {
    mojo.user = "sa";
    mojo.password = "pw";

    assertThat(mojo.credentials()).isEqualTo(new Credentials("sa", "pw"));
  }

  @Test
  void withoutAnyCredentialsBothAreNull() throws Exception {
    assertThat(mojo.credentials()).isEqualTo(new Credentials(null, null));
  }

  @Test
  void theServerGivesTheUserAndTheDecryptedPassword() throws Exception {
    mojo.serverId = "app-db";

    assertThat(mojo.credentials()).isEqualTo(new Credentials("app", "s3cret"));
  }

  @Test
  void anExplicitUserWinsOverTheServersUsername() throws Exception {
    mojo.serverId = "app-db";
    mojo.user = "admin";

    assertThat(mojo.credentials()).isEqualTo(new Credentials("admin", "s3cret"));
  }

  @Test
  void anExplicitPasswordWinsOverTheServersPassword() throws Exception {
    mojo.serverId = "app-db";
    mojo.password = "typed";

    assertThat(mojo.credentials()).isEqualTo(new Credentials("app", "typed"));
  }

  @Test
  void anUnknownServerIdListsTheServerIdsPresent() {
    mojo.serverId = "prod-db";

    assertThatThrownBy(mojo::credentials)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "No <server> with id 'prod-db' in settings.xml; the server ids present are"
                + " app-db, other. Add a <server> with that id or fix -Dsynth.serverId.");
  }

  @Test
  void anUnknownServerIdSaysWhenThereAreNoServers() {
    mojo.settings = new Settings();
    mojo.serverId = "prod-db";

    assertThatThrownBy(mojo::credentials)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("the server ids present are (none).");
  }

  @Test
  void aPasswordThatCannotBeDecryptedFailsWithoutShowingIt() {
    mojo.settings.addServer(server("locked", "app", "{broken}"));
    mojo.serverId = "locked";

    assertThatThrownBy(mojo::credentials)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "Cannot decrypt the credentials of server 'locked' in settings.xml: Failed to"
                + " decrypt password for server locked. Check the master password in"
                + " settings-security.xml.");
  }

  @Test
  void credentialsNeverPrintThePassword() {
    assertThat(new Credentials("app", "s3cret").toString())
        .isEqualTo("Credentials[user=app, password=****]")
        .doesNotContain("s3cret");
  }

  private static Server server(String id, String username, String password) {
    Server server = new Server();
    server.setId(id);
    server.setUsername(username);
    server.setPassword(password);
    return server;
  }
}
