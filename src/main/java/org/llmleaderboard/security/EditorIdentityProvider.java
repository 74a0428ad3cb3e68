package org.llmleaderboard.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.llmleaderboard.config.LeaderboardConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The one editor account, from configuration that production takes only from the environment.
 * A user-name key cannot come from a variable in Quarkus' embedded users map, hence this provider.
 * Pluggable: another Quarkus security extension (OIDC, JDBC) can replace it, as long as it grants the
 * {@value Roles#EDITOR} role.
 */
@ApplicationScoped
public class EditorIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(EditorIdentityProvider.class);

    private final LeaderboardConfig config;

    EditorIdentityProvider(LeaderboardConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (writesEnabled()) {
            LOG.infof("Writes enabled for editor '%s'", username());
        } else {
            LOG.warn("Writes are disabled: no editor password is set. Set LEADERBOARD_EDITOR_PASSWORD "
                    + "(and optionally LEADERBOARD_EDITOR_USERNAME) to enable the write API and imports.");
        }
    }

    /** Whether an editor password is configured; without one, nobody can write. */
    public boolean writesEnabled() {
        return password().isPresent();
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        Optional<String> expected = password();
        boolean userMatches = constantTimeEquals(username(), request.getUsername());
        boolean passwordMatches = expected.isPresent()
                && constantTimeEquals(expected.get(), new String(request.getPassword().getPassword()));
        if (!userMatches || !passwordMatches) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(request.getUsername()))
                .addRole(Roles.EDITOR)
                .build());
    }

    /**
     * In production only the environment counts (a password in a properties file would end up in an image
     * or a repository); dev and test modes also take their documented defaults from the configuration.
     */
    private Optional<String> password() {
        Optional<String> password = LaunchMode.current() == LaunchMode.NORMAL
                ? Optional.ofNullable(System.getenv("LEADERBOARD_EDITOR_PASSWORD"))
                : config.editor().password();
        return password.filter(p -> !p.isBlank());
    }

    private String username() {
        String fromEnv = System.getenv("LEADERBOARD_EDITOR_USERNAME");
        return LaunchMode.current() == LaunchMode.NORMAL && fromEnv != null && !fromEnv.isBlank()
                ? fromEnv : config.editor().username();
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
