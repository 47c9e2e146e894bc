/**
 * The scam shield's detection: a pure, deterministic scorer that gives every message a verdict
 * ({@link dev.watchkeeper.core.shield.Verdict}), a score and the reasons behind it. Leaked secrets,
 * phishing links, social-engineering language, impersonation, a trained classifier and the
 * member's context each add signals. Library-backed parts sit behind small ports
 * ({@link dev.watchkeeper.core.shield.ConfusableSkeleton}, {@link
 * dev.watchkeeper.core.shield.RegistrableDomains}, {@link dev.watchkeeper.core.shield.DomainLists},
 * {@link dev.watchkeeper.core.shield.ScamClassifier}, {@link dev.watchkeeper.core.shield.ConfirmedScams})
 * that the {@code shield} module implements.
 *
 * <p>One feature, the shield, lives in four places: this package scores messages, the {@code
 * shield} module ({@code dev.watchkeeper.shield}) implements its library-backed ports, {@code
 * dev.watchkeeper.core.moderation} is its staff side (cases, moderators' verdicts, the moderation
 * desk), and {@code dev.watchkeeper.config.shield} wires it into the application.
 */
@NullMarked
package dev.watchkeeper.core.shield;

import org.jspecify.annotations.NullMarked;
