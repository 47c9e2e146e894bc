/**
 * Finds links in messages, including obfuscated ones, and judges them: deny and allow lists,
 * look-alikes of the community's brands, shorteners, invites to other communities, and the
 * domain shape model ({@link dev.watchkeeper.core.shield.link.DomainShapeScorer}): look-alikes of
 * the bundled protected names, bait words, throwaway TLDs, free hosting tenants and random
 * labels, weighed by a logistic regression fitted on real drainer domains. Word lists and the
 * model's weights are bundled data files beside these classes.
 */
@NullMarked
package dev.watchkeeper.core.shield.link;

import org.jspecify.annotations.NullMarked;
