package dev.watchkeeper.knowledge.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.br.BrazilianStemFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * The languages with their own support-chat analysis besides English, one line each. Members
 * type without accents, so Spanish and Portuguese fold them before stemming; Turkish lower-cases
 * the Turkish way (I to ı, İ to i); its Snowball stemmer reads the real letters (and undoes
 * consonant softening: hesabım is hesap), then the letters are folded (members type "cekim" for
 * "çekim") and each word cut to its first five, the fixed-prefix stemming that Turkish retrieval
 * studies found as good as a lemmatiser (Can et al., 2008): the Snowball stemmer strips noun
 * suffixes but leaves most verb forms members write ("yolladım", "gelmedi") whole;
 * Russian brings words typed in Latin letters to Cyrillic; Chinese is folded from Traditional to
 * Simplified and segmented into words by SmartChinese.
 */
public final class ChatLanguages {
    /** How many leading letters of a Turkish word are kept as its stem. */
    static final int TURKISH_PREFIX = 5;

    private static final Map<String, ChatLanguage> BY_KEY = List.of(
                    new ChatLanguage(
                            "ru",
                            UnaryOperator.identity(),
                            StandardTokenizer::new,
                            in -> new LatinRussianFilter(new LowerCaseFilter(in)),
                            in -> new SnowballFilter(in, new RussianStemmer())),
                    new ChatLanguage(
                            "es",
                            UnaryOperator.identity(),
                            StandardTokenizer::new,
                            in -> new ASCIIFoldingFilter(new LowerCaseFilter(in)),
                            SpanishLightStemFilter::new),
                    new ChatLanguage(
                            "pt",
                            UnaryOperator.identity(),
                            StandardTokenizer::new,
                            in -> new ASCIIFoldingFilter(new LowerCaseFilter(in)),
                            BrazilianStemFilter::new),
                    new ChatLanguage(
                            "tr",
                            UnaryOperator.identity(),
                            StandardTokenizer::new,
                            in -> new TurkishLowerCaseFilter(new ApostropheFilter(in)),
                            in -> new TruncateTokenFilter(
                                    new ASCIIFoldingFilter(new SnowballFilter(in, new TurkishStemmer())),
                                    TURKISH_PREFIX)),
                    new ChatLanguage(
                            "zh",
                            in -> new SimplifiedChineseCharFilter(new CJKWidthCharFilter(in)),
                            HMMChineseTokenizer::new,
                            LowerCaseFilter::new,
                            UnaryOperator.identity()))
            .stream()
            .collect(Collectors.toUnmodifiableMap(ChatLanguage::key, Function.identity()));

    private ChatLanguages() {}

    /** The language with this analysis key, if it has its own analysis here. */
    public static Optional<ChatLanguage> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}
