package dev.watchkeeper.core.signin;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.UserRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One-time sign-in links to the staff console. A link carries a token of 32 random bytes
 * ({@link SecureRandom}, base64url without padding: 43 characters); the store keeps the grant under
 * the token's SHA-256 (hex), never the token, so that what the store holds signs no one in. A link
 * works once, until its grant's {@link ConsoleGrant#expiresAt()}.
 *
 * <p>Thread-safe. {@link #issue} and {@link #redeem} block as long as the {@link ConsoleSignIns}
 * store does (a round trip on Redis) and throw its {@link
 * dev.watchkeeper.core.store.StoreUnavailableException} when it is away; {@link #link} never
 * blocks. Nothing here logs a token.
 */
public final class SignInLinks {
    /** The length of a token: 32 bytes in base64url without padding. */
    public static final int TOKEN_LENGTH = 43;

    private static final int TOKEN_BYTES = 32;
    private static final String SIGN_IN_PATH = "/console/sign-in?token=";

    private final ConsoleSignIns store;
    private final SignInSettings settings;
    private final Supplier<String> baseUrl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param store where issued links wait to be redeemed, shared by every instance
     * @param settings the console's address (null while it is off), the links' lifetime and the
     *     supervisors
     * @param clock the time links are issued at
     */
    public SignInLinks(ConsoleSignIns store, SignInSettings settings, Clock clock) {
        this(store, settings, () -> requireNonNull(settings.baseUrl(), "baseUrl"), clock);
    }

    /**
     * Links to a console whose address is known only once its server listens (a port picked at
     * start): {@code baseUrl} is asked for each link instead of the settings' address, which then
     * only says whether the console is on. It must not block.
     */
    public SignInLinks(ConsoleSignIns store, SignInSettings settings, Supplier<String> baseUrl, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.settings = requireNonNull(settings, "settings");
        this.baseUrl = requireNonNull(baseUrl, "baseUrl");
        this.clock = requireNonNull(clock, "clock");
    }

    /** True when the console is served and links can be made. */
    public boolean enabled() {
        return settings.enabled();
    }

    /** How long a link works once issued. */
    public Duration linkTtl() {
        return settings.linkTtl();
    }

    /** Who gets the supervisor role. */
    public SupervisorRoster supervisors() {
        return settings.supervisors();
    }

    /** A grant of these roles to this member, expiring a {@linkplain #linkTtl() link's lifetime} from now. */
    public ConsoleGrant grant(UserRef user, Set<String> platformRoles, Set<ConsoleRole> roles) {
        return new ConsoleGrant(user, platformRoles, roles, clock.instant().plus(settings.linkTtl()));
    }

    /**
     * Makes a new token for the grant and keeps the grant under the token's hash until it expires.
     *
     * @return the raw token, to be put in a {@link #link} and sent to the member alone
     * @throws IllegalStateException when the console is off
     */
    public String issue(ConsoleGrant grant) {
        requireEnabled();
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.put(hash(token), grant);
        return token;
    }

    /**
     * Takes the grant of a token, once: a second redemption of the same token, on any instance,
     * finds nothing. Empty for a malformed token (refused by its length and characters before any
     * hashing or store access), an unknown or used one, and one whose grant expired at or before
     * {@code now}.
     *
     * @param token the token as the link carried it; null or blank is malformed
     * @param now the time of the redemption
     */
    public Optional<ConsoleGrant> redeem(@Nullable String token, Instant now) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return store.take(hash(token)).filter(grant -> grant.expiresAt().isAfter(now));
    }

    /**
     * The link that signs in with this token: {@code <baseUrl>/console/sign-in?token=<token>}.
     *
     * @throws IllegalStateException when the console is off
     */
    public String link(String token) {
        return requireEnabled() + SIGN_IN_PATH + token;
    }

    /** True when the text has a token's length and only base64url characters. */
    static boolean wellFormed(@Nullable String token) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean base64url =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!base64url) {
                return false;
            }
        }
        return true;
    }

    /** The SHA-256 of the token's characters, in lower-case hex: the key the store keeps its grant under. */
    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private String requireEnabled() {
        if (!settings.enabled()) {
            throw new IllegalStateException("the staff console is off (watchkeeper.web.port is not set)");
        }
        String base = baseUrl.get();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
