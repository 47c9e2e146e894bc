package dev.watchkeeper.shield;

import dev.watchkeeper.core.shield.ConfirmedScams;
import dev.watchkeeper.core.shield.DomainLists;
import dev.watchkeeper.core.shield.EvidenceModel;
import dev.watchkeeper.core.shield.MinHashConfirmedScams;
import dev.watchkeeper.core.shield.ScamClassifier;
import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.core.shield.secret.Bip39Wordlists;
import dev.watchkeeper.shield.model.BundledModels;
import dev.watchkeeper.shield.model.LinearScamClassifier;
import dev.watchkeeper.shield.model.ShieldModelBuild;
import dev.watchkeeper.shield.model.ShieldTraining;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds ready scam shields: ICU confusable skeletons, the bundled public suffix list, the
 * community's official domains as an allow list, the configured phishing lists (loaded once,
 * then refreshed in the background), the text model and the learned combination of evidence
 * that the build trained on the bundled training data (see {@link ShieldModelBuild}), or trained
 * now with extra samples. Building blocks for a moment (seconds to train on extra samples, and to
 * download any remote lists once).
 */
public final class ShieldFactory {
    /** MetaMask's eth-phishing-detect configuration, bundled. */
    public static final String BUNDLED_METAMASK = "/dev/watchkeeper/shield/lists/eth-phishing-detect-config.json";

    private ShieldFactory() {}

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
        // The parts are read from the jar independently, about a second in all on one core: read
        // side by side they are ready in about half of that, most of what `check` waits for.
        // Platform threads: class loading from a nested jar holds monitors, which would pin
        // virtual threads to their carriers and can leave none to run the one holding the lock.
        try (ExecutorService loading = Executors.newThreadPerTaskExecutor(
                Thread.ofPlatform().name("shield-loading-", 1).daemon().factory())) {
            Future<Models> models = loading.submit(() -> models(options));
            Future<List<DomainListData>> fixed = loading.submit(() -> fixedLists(options));
            Future<PublicSuffixDomains> suffixes = loading.submit(PublicSuffixDomains::loaded);
            Future<Bip39Wordlists> wordlists = loading.submit(Bip39Wordlists::bundled); // read by the shield
            IcuConfusableSkeleton skeleton = new IcuConfusableSkeleton();
            RefreshingDomainLists lists =
                    new RefreshingDomainLists(ready(fixed), options.remoteLists(), ShieldFactory::httpClient);
            if (!options.remoteLists().isEmpty()) {
                lists.refreshNow();
                lists.start(options.refreshPeriod());
            }
            ready(wordlists);
            Models ready = ready(models);
            ConfirmedScams confirmed = new MinHashConfirmedScams();
            ScamShield shield = new ScamShield(
                    options.settings(),
                    skeleton,
                    ready(suffixes),
                    DomainLists.firstOf(community, lists),
                    ready.classifier(),
                    confirmed,
                    new MinHashConfirmedScams(),
                    ready.combination());
            return new ShieldComponents(shield, ready.classifier(), lists, confirmed);
        }
    }

    /** The text model and the learned combination of evidence. */
    private record Models(LinearScamClassifier classifier, EvidenceModel combination) {}

    /** The models the build trained, or trained now when the options bring extra samples. */
    private static Models models(ShieldOptions options) {
        Optional<EvidenceModel> bundled =
                options.extraSamples().isEmpty() ? BundledModels.evidenceModel() : Optional.empty();
        if (bundled.isPresent()) {
            return new Models(BundledModels.classifier(), bundled.get());
        }
        List<LabelledText> real = new ArrayList<>(BundledModels.realSamples());
        real.addAll(options.extraSamples());
        List<LabelledText> written = BundledModels.writtenSamples();
        ShieldTraining.Trained trained =
                new ShieldTraining(ShieldTraining.inspector(inspectorShield(options))).train(real, written);
        List<LabelledText> samples = new ArrayList<>(real);
        samples.addAll(written);
        return new Models(trained.classifier(samples), trained.combination());
    }

    /** The official domains as an allow list, and the bundled MetaMask list unless turned off. */
    private static List<DomainListData> fixedLists(ShieldOptions options) {
        List<DomainListData> fixed = new ArrayList<>();
        fixed.add(DomainListData.allow("official", options.settings().protectedDomains()));
        if (options.bundledLists()) {
            fixed.add(DomainListParser.parse(
                    "metamask (bundled)", resource(BUNDLED_METAMASK), DomainListFormat.METAMASK));
        }
        return fixed;
    }

    private static <T> T ready(Future<T> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the shield was being built", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("the shield could not be built", e.getCause());
        }
    }

    /**
     * A shield with the given models and the bundled lists only, for measuring a training (no
     * remote lists, nothing learned from moderators).
     */
    public static ScamShield evaluationShield(ShieldOptions options, ScamClassifier classifier, EvidenceModel model) {
        return new ScamShield(
                options.settings(),
                new IcuConfusableSkeleton(),
                new PublicSuffixDomains(),
                bundledLists(options),
                classifier,
                new MinHashConfirmedScams(),
                new MinHashConfirmedScams(),
                model);
    }

    private static DomainLists bundledLists(ShieldOptions options) {
        return new RefreshingDomainLists(
                fixedLists(options.withBundledLists(true)), List.of(), ShieldFactory::httpClient);
    }

    /**
     * A shield that only inspects (no text model, no weighing, bundled lists only): what training
     * the learned combination reads the detectors' evidence with.
     */
    public static ScamShield inspectorShield(ShieldOptions options) {
        return evaluationShield(options, ScamClassifier.none(), EvidenceModel.none());
    }
}
