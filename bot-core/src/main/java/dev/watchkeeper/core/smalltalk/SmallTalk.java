package dev.watchkeeper.core.smalltalk;

import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.shield.text.EditDistance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tells small talk (greetings, thanks, acknowledgements, goodbyes) from support questions, in the
 * six languages the bot speaks. A message is small talk only when all of it is: every word belongs
 * to a listed phrase ("thanks!!", "ok thank you so much 🙏", "всем привет", "好的谢谢") or only
 * addresses someone ("bot", "guys", an {@code @handle}). So "hi, my deposit has not arrived" or
 * "thanks but it still doesn't work" are questions, never swallowed. Words are compared after
 * {@link ChatTokens folding}; only when the words do not read as small talk exactly, a word of five
 * letters or more may also be one typo away from a listed one ("thnaks", "obrigdo").
 *
 * <p>The phrases live in this package's resources, one file per language ({@code en.txt} …) and
 * {@code common.txt} for words every language uses ("ok", "gm", emoji). Immutable and thread-safe;
 * never blocks.
 */
public final class SmallTalk {
    /** Longer messages are never small talk; it saves reading them. */
    private static final int MAX_CHARS = 120;

    private static final int MAX_WORDS = 12;
    private static final int MIN_TYPO_LENGTH = 5;

    private final List<PhraseList.Phrase> phrases;

    /**
     * What a small-talk message is.
     *
     * @param kind what it does
     * @param languages the languages it is said in: those whose lists hold all its phrases (all six
     *     for "ok" or "👍"); empty when its phrases come from different languages
     */
    public record Recognition(SmallTalkKind kind, Set<String> languages) {
        public Recognition {
            languages = Set.copyOf(languages);
        }
    }

    private SmallTalk(List<PhraseList> lists) {
        Map<List<String>, PhraseList.Phrase> merged = new LinkedHashMap<>();
        for (PhraseList list : lists) {
            for (PhraseList.Phrase phrase : list.phrases()) {
                PhraseList.Phrase known = merged.get(phrase.tokens());
                if (known != null && !known.kind().equals(phrase.kind())) {
                    throw new IllegalStateException("small-talk phrase listed as " + known.kind() + " and "
                            + phrase.kind() + ": " + String.join(" ", phrase.tokens()));
                }
                Set<String> languages = new HashSet<>(phrase.languages());
                if (known != null) {
                    languages.addAll(known.languages());
                }
                merged.put(phrase.tokens(), new PhraseList.Phrase(phrase.tokens(), phrase.kind(), languages));
            }
        }
        this.phrases = List.copyOf(merged.values());
    }

    /** The bundled phrase lists of the six languages. */
    public static SmallTalk bundled() {
        return Bundled.INSTANCE;
    }

    /** What the message is when all of it is small talk; empty for anything else. */
    public Optional<Recognition> recognise(String text) {
        if (text.length() > MAX_CHARS) {
            return Optional.empty();
        }
        List<String> words = ChatTokens.of(text);
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        return read(words, false).or(() -> read(words, true));
    }

    /** Reads the words as small talk, where {@code typos} says whether words may be a typo away. */
    private Optional<Recognition> read(List<String> words, boolean typos) {
        Reading[] read = new Reading[words.size() + 1];
        read[0] = Reading.NOTHING;
        for (int i = 0; i < words.size(); i++) {
            if (read[i] == null) {
                continue;
            }
            if (words.get(i).startsWith(ChatTokens.HANDLE)) {
                read[i + 1] = better(read[i + 1], read[i]);
            }
            for (PhraseList.Phrase phrase : phrases) {
                if (matches(words, i, phrase.tokens(), typos)) {
                    int end = i + phrase.tokens().size();
                    read[end] = better(read[end], read[i].and(phrase));
                }
            }
        }
        Reading whole = read[words.size()];
        return whole == null || whole.kind() == null
                ? Optional.empty()
                : Optional.of(new Recognition(whole.kind(), whole.languages()));
    }

    private static boolean matches(List<String> words, int from, List<String> phrase, boolean typos) {
        if (from + phrase.size() > words.size()) {
            return false;
        }
        for (int j = 0; j < phrase.size(); j++) {
            String written = words.get(from + j);
            if (!written.equals(phrase.get(j)) && !(typos && oneTypoAway(written, phrase.get(j)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean oneTypoAway(String written, String listed) {
        return written.length() >= MIN_TYPO_LENGTH
                && listed.length() >= MIN_TYPO_LENGTH
                && written.charAt(0) == listed.charAt(0)
                && EditDistance.osa(written, listed, 1) <= 1;
    }

    private static Reading better(@Nullable Reading known, Reading found) {
        return known == null || (known.kind() == null && found.kind() != null) ? found : known;
    }

    /**
     * How the words up to a point read: the strongest kind so far (null while only address words
     * were read) and the languages every phrase so far is said in (null before the first phrase).
     */
    private record Reading(@Nullable SmallTalkKind kind, @Nullable Set<String> said) {
        static final Reading NOTHING = new Reading(null, null);

        Reading and(PhraseList.Phrase phrase) {
            if (phrase.kind().isEmpty()) {
                return this;
            }
            SmallTalkKind next = phrase.kind().get();
            Set<String> languages = new HashSet<>(phrase.languages());
            if (said != null) {
                languages.retainAll(said);
            }
            return new Reading(kind == null || next.compareTo(kind) < 0 ? next : kind, languages);
        }

        Set<String> languages() {
            return said == null ? Set.of() : said;
        }
    }

    private static final class Bundled {
        static final SmallTalk INSTANCE = load();

        private static SmallTalk load() {
            List<PhraseList> lists = new ArrayList<>();
            lists.add(PhraseList.bundled("common.txt", Set.copyOf(MemberLanguage.SUPPORTED)));
            for (String language : MemberLanguage.SUPPORTED) {
                lists.add(PhraseList.bundled(language + ".txt", Set.of(language)));
            }
            return new SmallTalk(lists);
        }
    }
}
