package dev.watchkeeper.shield;

import dev.watchkeeper.core.scam.ConfirmedScams;
import dev.watchkeeper.core.scam.DomainLists;
import dev.watchkeeper.core.scam.MinHashConfirmedScams;
import dev.watchkeeper.core.scam.ScamShield;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.doccat.DoccatModel;

/**
 * Builds ready scam shields: ICU confusable skeletons, the bundled public suffix list, the
 * community's official domains as an allow list, the configured phishing lists (loaded once,
 * then refreshed in the background), and the OpenNLP classifier trained on the bundled samples
 * (by the build: see {@link BundledClassifierModel}). Building blocks for a moment (longer to
 * train on extra samples, and to download any remote lists once).
 */
public final class ShieldFactory {
    /** The bundled training samples, written for this project. */
    public static final String SAMPLES = "/dev/watchkeeper/shield/samples.csv";

    /** MetaMask's eth-phishing-detect configuration, bundled. */
    public static final String BUNDLED_METAMASK = "/dev/watchkeeper/shield/lists/eth-phishing-detect-config.json";

    private ShieldFactory() {}

    /** With no extra samples, the model the build trained on the bundled ones; else one trained now. */
    private static OpenNlpScamClassifier classifier(List<LabelledText> extraSamples) {
        List<LabelledText> samples = new ArrayList<>(LabelledCsv.resource(SAMPLES));
        if (extraSamples.isEmpty()) {
            Optional<DoccatModel> bundled = BundledClassifierModel.load();
            if (bundled.isPresent()) {
                return new OpenNlpScamClassifier(samples, bundled.get());
            }
        }
        samples.addAll(extraSamples);
        return new OpenNlpScamClassifier(samples);
    }

    private static HttpClient httpClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    private static String resource(String path) {
        try (var in = java.util.Objects.requireNonNull(ShieldFactory.class.getResourceAsStream(path), path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A ready shield; its remote lists, if any, keep refreshing on a daemon thread. */
    public static ScamShield createDefault(ShieldOptions options) {
        return create(options).shield();
    }

    /** A ready shield with the parts that can be retrained, refreshed and closed. */
    public static ShieldComponents create(ShieldOptions options) {
        return create(options, DomainLists.none());
    }

    /**
     * Builds the shield with the community's own lists asked first (moderators' allow and deny
     * entries win over the phishing lists).
     */
    public static ShieldComponents create(ShieldOptions options, DomainLists community) {
        OpenNlpScamClassifier classifier = classifier(options.extraSamples());
        List<DomainListData> fixed = new ArrayList<>();
        fixed.add(DomainListData.allow("official", options.settings().protectedDomains()));
        if (options.bundledLists()) {
            fixed.add(DomainListParser.parse(
                    "metamask (bundled)", resource(BUNDLED_METAMASK), DomainListFormat.METAMASK));
        }
        RefreshingDomainLists lists =
                new RefreshingDomainLists(fixed, options.remoteLists(), ShieldFactory::httpClient);
        if (!options.remoteLists().isEmpty()) {
            lists.refreshNow();
            lists.start(options.refreshPeriod());
        }
        ConfirmedScams confirmed = new MinHashConfirmedScams();
        ScamShield shield = new ScamShield(
                options.settings(),
                new IcuConfusableSkeleton(),
                new PublicSuffixDomains(),
                DomainLists.firstOf(community, lists),
                classifier,
                confirmed);
        return new ShieldComponents(shield, classifier, lists, confirmed);
    }
}
