package dev.watchkeeper.core.moderation.wave;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.assembly.TestShields;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.shield.CommunityDomains;
import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.core.shield.ShieldSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScamWavesTest {
    private static final Instant START = Instant.parse("2026-11-21T09:00:00Z");
    private static final ChatRef TELEGRAM_EN = new ChatRef(Platform.TELEGRAM, "-1001", ChatType.GROUP);
    private static final ChatRef TELEGRAM_ES = new ChatRef(Platform.TELEGRAM, "-1002", ChatType.GROUP);
    private static final ChatRef DISCORD = new ChatRef(Platform.DISCORD, "8801", ChatType.GROUP);
    private static final ScamShield SHIELD = TestShields.shield(
            ShieldSettings.defaults().withProtected(Set.of("example-exchange.com"), Set.of("exampleex")),
            new CommunityDomains());

    private static final AtomicInteger IDS = new AtomicInteger();

    private final ScamWaves waves = new ScamWaves(WaveSettings.defaults());

    private static UserRef scammer(int n) {
        return UserRef.member(Platform.TELEGRAM, Integer.toString(900 + n));
    }

    /** A flagged message as the desk shows it: with the domains the shield holds against its links. */
    private static Sighting flagged(ChatRef chat, UserRef author, String text, Instant at) {
        return new Sighting(posted(chat), author, text, SHIELD.flaggedDomains(text), at);
    }

    /** The same, without its domains, to look at the texts alone. */
    private static Sighting textOnly(ChatRef chat, UserRef author, String text, Instant at) {
        return new Sighting(posted(chat), author, text, Set.of(), at);
    }

    private static MessageRef posted(ChatRef chat) {
        return new MessageRef(chat, Integer.toString(IDS.incrementAndGet()));
    }

    private List<Wave> observeAll(List<Sighting> sightings) {
        List<Wave> found = new ArrayList<>();
        sightings.forEach(s -> found.addAll(waves.observe(s)));
        return found;
    }

    @ParameterizedTest
    @MethodSource("dev.watchkeeper.core.moderation.wave.WaveSamples#airdropLanguages")
    void fiveCopiesOfOneAirdropPostFromSeveralAuthorsAreOneWave(String language) {
        List<String> copies = WaveSamples.section(language);
        List<Wave> found = new ArrayList<>();

        for (int i = 0; i < 5; i++) {
            List<Wave> now = waves.observe(
                    textOnly(TELEGRAM_EN, scammer(i), copies.get(i), START.plus(Duration.ofMinutes(2L * i))));
            assertThat(now).as("after copy %d", i + 1).hasSize(i == 4 ? 1 : 0);
            found.addAll(now);
        }

        assertThat(found).singleElement().satisfies(wave -> {
            assertThat(wave.kind()).isEqualTo(WaveKind.NEAR_DUPLICATES);
            assertThat(wave.messages()).isEqualTo(5);
            assertThat(wave.chats()).containsExactly(TELEGRAM_EN);
            assertThat(wave.domain()).isNull();
            assertThat(wave.example()).isEqualTo(copies.get(4));
            assertThat(wave.strictUntil()).isEqualTo(START.plus(Duration.ofMinutes(8 + 30)));
        });
    }

    @Test
    void oneAuthorPostingTheSameScamInTwoChatsIsAWave() {
        List<String> copies = WaveSamples.section("airdrop-en");

        List<Wave> found = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ChatRef chat = i % 2 == 0 ? TELEGRAM_EN : DISCORD;
            found.addAll(waves.observe(textOnly(chat, scammer(1), copies.get(i), START.plusSeconds(30L * i))));
        }

        assertThat(found).singleElement().satisfies(wave -> {
            assertThat(wave.chats()).containsExactly(DISCORD, TELEGRAM_EN);
            assertThat(wave.platforms()).containsExactly(Platform.DISCORD, Platform.TELEGRAM);
        });
    }

    @Test
    void oneScammerRepeatingHimselfInOneChatIsNoWave() {
        List<String> copies = WaveSamples.section("airdrop-en");

        List<Wave> found = new ArrayList<>();
        for (int i = 0; i < copies.size(); i++) {
            found.addAll(waves.observe(flagged(TELEGRAM_EN, scammer(1), copies.get(i), START.plusSeconds(60L * i))));
        }

        assertThat(found).isEmpty();
        assertThat(waves.strict(START.plusSeconds(400))).isFalse();
    }

    @Test
    void aScamMessageEditedAgainAndAgainCountsOnce() {
        List<String> copies = WaveSamples.section("airdrop-en");
        MessageRef post = posted(TELEGRAM_EN);
        waves.observe(textOnly(TELEGRAM_EN, scammer(2), copies.get(0), START));

        List<Wave> found = new ArrayList<>();
        for (int i = 1; i < copies.size(); i++) {
            found.addAll(waves.observe(new Sighting(post, scammer(1), copies.get(i), Set.of(), START.plusSeconds(i))));
        }

        assertThat(found).isEmpty();
    }

    @Test
    void oneScamMessageAloneIsNoWave() {
        assertThat(waves.observe(flagged(
                        TELEGRAM_EN,
                        scammer(1),
                        WaveSamples.section("airdrop-en").getFirst(),
                        START)))
                .isEmpty();
        assertThat(waves.strict(START)).isFalse();
    }

    @Test
    void fourCopiesAreNotYetAWave() {
        List<String> copies = WaveSamples.section("airdrop-pt");

        List<Wave> found = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            found.addAll(waves.observe(textOnly(TELEGRAM_EN, scammer(i), copies.get(i), START.plusSeconds(60L * i))));
        }

        assertThat(found).isEmpty();
    }

    @Test
    void copiesSpreadWiderThanTheWindowAreNoWave() {
        List<String> copies = WaveSamples.section("airdrop-ru");

        List<Wave> found = new ArrayList<>();
        for (int i = 0; i < copies.size(); i++) {
            found.addAll(waves.observe(
                    textOnly(TELEGRAM_EN, scammer(i), copies.get(i), START.plus(Duration.ofMinutes(4L * i)))));
        }

        assertThat(found).isEmpty();
    }

    @Test
    void aWaveThatKeepsGoingAlertsOnceAndAgainOnlyAfterAQuietWindow() {
        List<String> copies = WaveSamples.section("airdrop-tr");
        List<Wave> found = new ArrayList<>();
        Instant at = START;
        for (int i = 0; i < 30; i++) {
            at = START.plus(Duration.ofMinutes(2L * i));
            found.addAll(waves.observe(textOnly(TELEGRAM_EN, scammer(i), copies.get(i % copies.size()), at)));
        }
        assertThat(found).as("an hour of copies every two minutes").hasSize(1);
        assertThat(waves.strict(at.plus(Duration.ofMinutes(29)))).isTrue();

        Instant later = at.plus(Duration.ofMinutes(11));
        for (int i = 0; i < 5; i++) {
            found.addAll(
                    waves.observe(textOnly(TELEGRAM_ES, scammer(i), copies.get(i), later.plus(Duration.ofMinutes(i)))));
        }

        assertThat(found).hasSize(2);
        assertThat(found.get(1).chats()).containsExactly(TELEGRAM_ES);
    }

    @Test
    void aDayOfUnrelatedFlaggedMessagesIsNoWave() {
        List<String> trickle = WaveSamples.section("trickle");
        List<ChatRef> chats = List.of(TELEGRAM_EN, TELEGRAM_ES, DISCORD);
        List<Sighting> day = new ArrayList<>();
        // each message twice a day, in another chat and by another author: a slow, steady trickle
        for (int i = 0; i < 2 * trickle.size(); i++) {
            day.add(flagged(
                    chats.get(i % 3),
                    scammer(i),
                    trickle.get(i % trickle.size()),
                    START.plus(Duration.ofMinutes(35L * i))));
        }

        assertThat(observeAll(day)).isEmpty();
        assertThat(waves.strict(START.plus(Duration.ofHours(20)))).isFalse();
    }

    @Test
    void aBusyQuarterHourOfUnrelatedScamsIsNoWave() {
        List<String> trickle = WaveSamples.section("trickle");
        List<ChatRef> chats = List.of(TELEGRAM_EN, TELEGRAM_ES, DISCORD);
        List<Sighting> busy = new ArrayList<>();
        for (int i = 0; i < trickle.size(); i++) {
            busy.add(flagged(chats.get(i % 3), scammer(i), trickle.get(i), START.plusSeconds(40L * i)));
        }

        assertThat(observeAll(busy)).isEmpty();
    }

    @Test
    void aNewDrainerDomainPostedInTwoGroupsIsAWave() {
        List<String> posts = WaveSamples.section("drainer-domain");

        assertThat(waves.observe(flagged(TELEGRAM_EN, scammer(1), posts.get(0), START)))
                .isEmpty();
        List<Wave> found = waves.observe(flagged(DISCORD, scammer(2), posts.get(1), START.plus(Duration.ofMinutes(3))));

        assertThat(found).singleElement().satisfies(wave -> {
            assertThat(wave.kind()).isEqualTo(WaveKind.NEW_DOMAIN);
            assertThat(wave.domain()).isEqualTo("claim-exampleex.top");
            assertThat(wave.messages()).isEqualTo(2);
            assertThat(wave.chats()).containsExactly(DISCORD, TELEGRAM_EN);
            assertThat(wave.platforms()).containsExactly(Platform.DISCORD, Platform.TELEGRAM);
            assertThat(wave.example()).isEqualTo(posts.get(1));
        });
        assertThat(waves.strict(START.plus(Duration.ofMinutes(32)))).isTrue();
        assertThat(waves.strict(START.plus(Duration.ofMinutes(33)))).isFalse();
    }

    @Test
    void aDomainPostedInTwoGroupsFurtherApartThanTheWindowIsNoWave() {
        List<String> posts = WaveSamples.section("drainer-domain");

        waves.observe(flagged(TELEGRAM_EN, scammer(1), posts.get(0), START));

        assertThat(waves.observe(flagged(DISCORD, scammer(2), posts.get(1), START.plus(Duration.ofMinutes(11)))))
                .isEmpty();
    }

    @Test
    void aDomainSeenBeforeTheWindowIsNotNew() {
        List<String> posts = WaveSamples.section("drainer-domain");
        for (int i = 0; i < 4; i++) {
            assertThat(waves.observe(
                            flagged(TELEGRAM_EN, scammer(1), posts.get(0), START.plus(Duration.ofMinutes(8L * i)))))
                    .isEmpty();
        }

        assertThat(waves.observe(flagged(DISCORD, scammer(2), posts.get(1), START.plus(Duration.ofMinutes(25)))))
                .isEmpty();
    }

    @Test
    void aBurstOfCopiesCarryingTheNewDomainIsOneWave() {
        List<String> copies = WaveSamples.section("airdrop-es");

        List<Wave> found = new ArrayList<>();
        for (int i = 0; i < copies.size(); i++) {
            ChatRef chat = i % 2 == 0 ? TELEGRAM_ES : DISCORD;
            found.addAll(waves.observe(flagged(chat, scammer(i), copies.get(i), START.plusSeconds(45L * i))));
        }

        assertThat(found).singleElement().satisfies(wave -> {
            assertThat(wave.kind()).isEqualTo(WaveKind.NEW_DOMAIN);
            assertThat(wave.domain()).isEqualTo("exampleex-airdrop.xyz");
        });
    }

    @Test
    void strictModeLastsFromTheWavesLatestMessage() {
        List<String> copies = WaveSamples.section("airdrop-zh");
        for (int i = 0; i < 5; i++) {
            waves.observe(textOnly(TELEGRAM_EN, scammer(i), copies.get(i), START.plusSeconds(60L * i)));
        }
        Instant fifth = START.plusSeconds(240);
        assertThat(waves.strictUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(30)));

        Instant sixth = fifth.plus(Duration.ofMinutes(5));
        waves.observe(textOnly(DISCORD, scammer(6), copies.get(1), sixth));

        assertThat(waves.strict(sixth.plus(Duration.ofMinutes(29)))).isTrue();
        assertThat(waves.strict(sixth.plus(Duration.ofMinutes(30)))).isFalse();
    }

    @Test
    void withStrictModeOffAWaveStillAlertsButNothingGetsStricter() {
        WaveSettings d = WaveSettings.defaults();
        ScamWaves alertsOnly = new ScamWaves(new WaveSettings(true, 5, d.window(), d.similarity(), Duration.ZERO));
        List<String> posts = WaveSamples.section("drainer-domain");

        alertsOnly.observe(flagged(TELEGRAM_EN, scammer(1), posts.get(0), START));
        List<Wave> found = alertsOnly.observe(flagged(DISCORD, scammer(2), posts.get(1), START.plusSeconds(60)));

        assertThat(found).singleElement().satisfies(w -> assertThat(w.strictUntil())
                .isEqualTo(w.detectedAt()));
        assertThat(alertsOnly.strict(START.plusSeconds(61))).isFalse();
    }

    @Test
    void switchedOffItFindsNothing() {
        ScamWaves off = new ScamWaves(WaveSettings.off());
        List<String> posts = WaveSamples.section("drainer-domain");

        off.observe(flagged(TELEGRAM_EN, scammer(1), posts.get(0), START));

        assertThat(off.observe(flagged(DISCORD, scammer(2), posts.get(1), START.plusSeconds(60))))
                .isEmpty();
        assertThat(off.strict(START.plusSeconds(61))).isFalse();
    }

    @Test
    void copiesPostedAtOnceFromManyThreadsMakeOneWave() throws Exception {
        List<String> copies = WaveSamples.section("airdrop-en");
        List<Callable<List<Wave>>> posts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Sighting copy =
                    textOnly(i % 2 == 0 ? TELEGRAM_EN : DISCORD, scammer(i), copies.get(i % copies.size()), START);
            posts.add(() -> waves.observe(copy));
        }

        List<Wave> found = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (Future<List<Wave>> result : threads.invokeAll(posts)) {
                found.addAll(result.get());
            }
        }

        assertThat(found).singleElement().satisfies(w -> assertThat(w.messages())
                .isEqualTo(5));
    }

    @Test
    void theSameSightingsGiveTheSameWaves() {
        List<Sighting> sightings = new ArrayList<>();
        List<String> copies = WaveSamples.section("airdrop-en");
        List<String> trickle = WaveSamples.section("trickle");
        for (int i = 0; i < 12; i++) {
            String text = i % 2 == 0 ? copies.get(i / 2) : trickle.get(i);
            sightings.add(flagged(i % 3 == 0 ? DISCORD : TELEGRAM_EN, scammer(i), text, START.plusSeconds(50L * i)));
        }

        List<Wave> first = observeAll(sightings);
        ScamWaves again = new ScamWaves(WaveSettings.defaults());
        List<Wave> second = new ArrayList<>();
        sightings.forEach(s -> second.addAll(again.observe(s)));

        assertThat(first).isNotEmpty().isEqualTo(second);
    }
}
