package dev.watchkeeper.core.shield.text;

/**
 * A message after normalisation.
 *
 * @param clean NFKC form with invisible characters removed and spacing collapsed; keeps case,
 *     digits and the original scripts, for secrets and links
 * @param folded lower case with look-alike letters folded into the word's script, leetspeak
 *     undone and spaced-out letters joined, for phrase matching
 * @param disguisedWords words that mixed scripts or leetspeak, a sign of filter dodging
 */
public record NormalizedText(String clean, String folded, int disguisedWords) {}
