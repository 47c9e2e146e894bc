/**
 * The scam shield's detection: a pure, deterministic scorer that gives every message a verdict
 * ({@link dev.watchkeeper.core.scam.Verdict}), a score and the reasons behind it. Leaked secrets,
 * phishing links, social-engineering language, impersonation, a trained classifier and the
 * member's context each add signals. Library-backed parts sit behind small ports
 * ({@link dev.watchkeeper.core.scam.ConfusableSkeleton}, {@link
 * dev.watchkeeper.core.scam.RegistrableDomains}, {@link dev.watchkeeper.core.scam.DomainLists},
 * {@link dev.watchkeeper.core.scam.ScamClassifier}, {@link dev.watchkeeper.core.scam.ConfirmedScams})
 * that the {@code shield} module implements.
 */
@NullMarked
package dev.watchkeeper.core.scam;

import org.jspecify.annotations.NullMarked;
