package dev.watchkeeper.core.shield.secret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every secret detector over a text and returns non-overlapping findings in text order. */
public final class SecretScanner {
    private final SeedPhraseDetector seeds;
    private final PrivateKeyDetector keys = new PrivateKeyDetector();

    public SecretScanner(Bip39Wordlists lists) {
        this.seeds = new SeedPhraseDetector(lists);
    }

    /** A scanner over the bundled BIP39 lists. */
    public static SecretScanner bundled() {
        return new SecretScanner(Bip39Wordlists.bundled());
    }

    /** All secrets in a text (NFKC form). Thread-safe; never blocks. */
    public List<SecretFinding> find(String text) {
        List<SecretFinding> all = new ArrayList<>(seeds.find(text));
        all.addAll(keys.find(text));
        if (all.size() < 2) {
            return all;
        }
        all.sort(Comparator.comparingInt(SecretFinding::start));
        List<SecretFinding> disjoint = new ArrayList<>();
        int end = -1;
        for (SecretFinding f : all) {
            if (f.start() >= end) {
                disjoint.add(f);
                end = f.end();
            }
        }
        return disjoint;
    }
}
