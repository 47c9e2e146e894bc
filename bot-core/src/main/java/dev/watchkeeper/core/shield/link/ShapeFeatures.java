package dev.watchkeeper.core.shield.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features of a host that name no brand: its suffix (each throwaway TLD and hosting platform
 * on its own), bait words and crypto terms, and how random its label looks (length, hyphens,
 * digits, consonant runs, character entropy, hex runs) and how deep its subdomain goes. Every
 * loop is bounded by the host's length (at most 253 characters). Stateless.
 */
final class ShapeFeatures {
    private static final Set<String> COMMON_TLDS = Set.of("com", "net", "org", "io", "co");
    private static final Set<String> SUFFIX_WORDS =
            Set.of("com", "net", "org", "io", "co", "app", "fi", "finance", "xyz", "exchange", "gg", "ai");

    /** Shortest and longest letter sequence read as a feature of its own. */
    static final int GRAM_MIN = 3;

    static final int GRAM_MAX = 6;

    /**
     * A letter sequence's value: below the named features' 1, so that one sequence weighs less
     * than one named feature at the same weight and the many sequences of a label do not swamp them.
     */
    static final double GRAM_VALUE = 0.3;

    /** Feature names of letter sequences start with this. */
    static final String GRAM = "gram:";

    private ShapeFeatures() {}

    /**
     * @param suffix the public suffix, or the hosting platform the tenant is published on
     * @param hosted true when the suffix is a free hosting platform
     * @param tenant the label that names the site (ASCII)
     * @param subdomain the labels in front of the tenant, without {@code www} (ASCII)
     */
    static void add(String suffix, boolean hosted, String tenant, String subdomain, List<DomainShape.Feature> out) {
        suffix(suffix, hosted, out);
        words("bait", DomainVocabulary.BAIT_WORDS, tenant + "." + subdomain, "bait word", out);
        words("term", DomainVocabulary.CRYPTO_TERMS, tenant + "." + subdomain, "", out);
        label(tenant, out);
        subdomain(subdomain, out);
        cross(suffixClass(suffix, hosted), out);
    }

    /**
     * Every sequence of {@value #GRAM_MIN} to {@value #GRAM_MAX} characters of the tenant and
     * subdomain labels, read with a {@code ^} before and a {@code $} after each label (so that
     * {@code ^claim} and {@code -gov} differ from the same letters inside a word): drainer domains
     * share such pieces across campaigns (claim, -app, portal-, -drop, web3) in ways no word list
     * keeps up with. Each sequence once; at most 4 per character of the labels. The caller masks
     * protected names first: the look-alike features weigh those, and the sequences should learn
     * the shape around a name ({@code #-io}, {@code claim-#}), not that the letters of one brand
     * appear on legitimate sites.
     */
    static void grams(String tenant, String subdomain, List<DomainShape.Feature> out) {
        Set<String> seen = new HashSet<>();
        gramsOf(tenant, seen, out);
        if (!subdomain.isEmpty()) {
            for (String label : subdomain.split("\\.")) {
                gramsOf(label, seen, out);
            }
        }
    }

    private static void gramsOf(String label, Set<String> seen, List<DomainShape.Feature> out) {
        if (label.isEmpty()) {
            return;
        }
        String marked = "^" + label + "$";
        for (int n = GRAM_MIN; n <= GRAM_MAX; n++) {
            for (int i = 0; i + n <= marked.length(); i++) {
                String gram = marked.substring(i, i + n);
                if (seen.add(gram)) {
                    out.add(new DomainShape.Feature(GRAM + gram, GRAM_VALUE, ""));
                }
            }
        }
    }

    /** The kind of suffix the other features are crossed with: a short .com reads unlike a short .xyz. */
    private static String suffixClass(String suffix, boolean hosted) {
        if (hosted) {
            return "hosting";
        }
        if (DomainVocabulary.isThrowaway(suffix)) {
            return "throwaway";
        }
        if (COMMON_TLDS.contains(suffix)) {
            return "common";
        }
        return suffix.length() == 2 || suffix.contains(".") ? "country" : "other";
    }

    /**
     * Each look-alike, length, hyphen, letter-pair and word-count feature again, paired with the
     * kind of suffix, so that the linear model can weigh them differently on each.
     */
    private static void cross(String suffixClass, List<DomainShape.Feature> out) {
        int n = out.size();
        for (int i = 0; i < n; i++) {
            String name = out.get(i).name();
            if (name.startsWith("brand")
                    || name.startsWith("length:")
                    || name.startsWith("hyphens:")
                    || name.startsWith("letters:")
                    || name.startsWith("bait-count:")
                    || name.startsWith("term-count:")
                    || name.startsWith("digits:")) {
                out.add(feature(suffixClass + "&" + name, ""));
            }
        }
    }

    private static void suffix(String suffix, boolean hosted, List<DomainShape.Feature> out) {
        if (hosted) {
            out.add(feature("hosting", "free hosting on " + suffix));
            out.add(feature("hosting:" + suffix, ""));
        } else if (DomainVocabulary.isThrowaway(suffix)) {
            out.add(feature("throwaway", "throwaway TLD ." + suffix));
            out.add(feature("tld:" + suffix, ""));
        } else if (COMMON_TLDS.contains(suffix)) {
            out.add(feature("tld:" + suffix, ""));
        } else if (suffix.length() == 2 || suffix.contains(".")) {
            out.add(feature("tld:country", ""));
        } else {
            out.add(feature("tld:other", ""));
        }
    }

    /** One feature per word found (a word inside a longer one found already is skipped), and their count. */
    private static void words(
            String kind, List<String> words, String labels, String shown, List<DomainShape.Feature> out) {
        List<String> found = new ArrayList<>();
        for (String word : words) {
            if (DomainVocabulary.containsWord(labels, word) && found.stream().noneMatch(f -> f.contains(word))) {
                found.removeIf(word::contains);
                found.add(word);
            }
        }
        for (String word : found) {
            out.add(feature(kind + ":" + word, shown.isEmpty() ? "" : shown + " '" + word + "'"));
        }
        if (!found.isEmpty()) {
            out.add(feature(kind + "-count:" + (found.size() >= 2 ? "2+" : "1"), ""));
        }
    }

    private static void label(String tenant, List<DomainShape.Feature> out) {
        int length = tenant.length();
        out.add(feature(
                "length:"
                        + (length <= 4
                                ? "1-4"
                                : length <= 8
                                        ? "5-8"
                                        : length <= 12
                                                ? "9-12"
                                                : length <= 18 ? "13-18" : length <= 25 ? "19-25" : "26+"),
                length > 25 ? "long label (" + length + " characters)" : ""));
        String[] tokens = tenant.split("-");
        for (int i = 1; i < tokens.length; i++) {
            if (SUFFIX_WORDS.contains(tokens[i])) {
                out.add(feature("suffix-in-label", "'-" + tokens[i] + "' in the label imitates a domain ending"));
                break;
            }
        }
        int hyphens = count(tenant, '-');
        if (hyphens > 0) {
            out.add(feature("hyphens:" + Math.min(hyphens, 3), hyphens >= 2 ? hyphens + " hyphens" : ""));
        }
        String flat = tenant.replace("-", "");
        // runs are read on the label as written: a hyphen ends a run of consonants
        String runs = tenant;
        int digits = 0;
        int letters = 0;
        int vowels = 0;
        int run = 0;
        int longestRun = 0;
        boolean digitInside = false;
        for (int i = 0; i < runs.length(); i++) {
            char c = runs.charAt(i);
            if (c == '-') {
                run = 0;
            } else if (c >= '0' && c <= '9') {
                digits++;
                digitInside |= i > 0 && i < runs.length() - 1 && Character.isLetter(runs.charAt(i - 1));
                run = 0;
            } else if (c < 'a' || c > 'z') {
                // a letter of another script: neither vowel nor consonant here
                letters++;
                run = 0;
            } else {
                letters++;
                boolean vowel = "aeiouy".indexOf(c) >= 0;
                vowels += vowel ? 1 : 0;
                run = vowel ? 0 : run + 1;
                longestRun = Math.max(longestRun, run);
            }
        }
        String random = "random-looking label '" + tenant + "'";
        if (digits > 0) {
            out.add(feature("digits:" + (digits == 1 ? "1" : digits <= 3 ? "2-3" : "4+"), ""));
        }
        if (digitInside) {
            out.add(feature("digits:between-letters", digits >= 3 ? random : ""));
        }
        if (longestRun >= 4) {
            out.add(feature("consonants:" + Math.min(longestRun, 6), longestRun >= 5 ? random : ""));
        }
        if (letters >= 4 && vowels == 0 && longestRun >= 4) {
            out.add(feature("no-vowel", random));
        }
        if (flat.length() >= 6) {
            double h = entropy(flat);
            out.add(feature(
                    "entropy:" + (h < 2.8 ? "low" : h < 3.3 ? "mid" : h < 3.8 ? "high" : "top"),
                    h >= 3.8 ? random : ""));
        }
        double wordLike = LetterPairs.meanLogProbability(tenant);
        if (!Double.isNaN(wordLike)) {
            out.add(feature(
                    "letters:"
                            + (wordLike >= -4.0
                                    ? "wordlike"
                                    : wordLike >= -4.6 ? "fair" : wordLike >= -5.2 ? "odd" : "random"),
                    wordLike < -5.2 ? random : ""));
        }
        if (hexRun(flat) >= 8) {
            out.add(feature("hex-run", "hex string in the label"));
        }
    }

    private static void subdomain(String subdomain, List<DomainShape.Feature> out) {
        if (subdomain.isEmpty()) {
            return;
        }
        int labels = count(subdomain, '.') + 1;
        out.add(feature("subdomain:" + Math.min(labels, 3), labels >= 3 ? labels + " subdomain levels" : ""));
        if (subdomain.length() >= 20) {
            out.add(feature("subdomain:long", ""));
        }
        for (String label : subdomain.split("\\.")) {
            if (hexRun(label) >= 8 || digitsIn(label) >= 4) {
                out.add(feature("subdomain:random", "random-looking subdomain '" + label + "'"));
                break;
            }
        }
    }

    private static double entropy(String s) {
        int[] counts = new int[128];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                counts[c]++;
                n++;
            }
        }
        double h = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / n;
                h -= p * Math.log(p) / Math.log(2);
            }
        }
        return h;
    }

    /** The longest run of hex digits that holds at least two decimal digits. */
    private static int hexRun(String s) {
        int best = 0;
        int run = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (digit || (c >= 'a' && c <= 'f')) {
                run++;
                digits += digit ? 1 : 0;
                if (digits >= 2) {
                    best = Math.max(best, run);
                }
            } else {
                run = 0;
                digits = 0;
            }
        }
        return best;
    }

    private static int digitsIn(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isDigit(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    private static DomainShape.Feature feature(String name, String reason) {
        return new DomainShape.Feature(name.toLowerCase(Locale.ROOT), 1.0, reason);
    }
}
