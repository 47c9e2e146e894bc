package dev.watchkeeper.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A message's language is decided (a conversation read and language detection) only when a
 * feature uses it: group chatter the bot neither answers nor counts never pays for it.
 */
class LanguageDecidedOnUseTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    private static final UserRef MEMBER = new UserRef(Platform.TELEGRAM, "42", "ana", "Ana", false);

    private final AtomicInteger detections = new AtomicInteger();
    private final BotFixture fixture = new BotFixture(
            BotFixture.oneEntryKnowledgeBase(),
            new ChatRef(Platform.TELEGRAM, "-300", ChatType.GROUP),
            new ChatRef(Platform.TELEGRAM, "-200", ChatType.GROUP),
            new UserRef(Platform.TELEGRAM, "7", "agent", "Agent", false),
            new UserRef(Platform.TELEGRAM, "8", "mod", "Mod", false),
            Clock.fixed(NOW, ZoneOffset.UTC),
            Set.of("moderator"),
            new MemberLanguage(
                    text -> {
                        detections.incrementAndGet();
                        return Optional.empty();
                    },
                    "en"));

    @Test
    void groupChatterTheBotLeavesAloneNeverHasItsLanguageDecided() {
        assertThat(fixture.bot.handle(InboundMessage.text("1", GROUP, MEMBER, "great trade today, all green", NOW)))
                .isEmpty();

        assertThat(detections).hasValue(0);
    }

    @Test
    void groupChatterThatAsksSomethingIsCountedInItsLanguage() {
        fixture.bot.handle(InboundMessage.text("1", GROUP, MEMBER, "does anyone know when the airdrop starts?", NOW));

        assertThat(detections).hasValue(1);
    }

    @Test
    void aQuestionHasItsLanguageDecidedOnceForEveryFeature() {
        ChatRef direct = new ChatRef(Platform.TELEGRAM, "42", ChatType.PRIVATE);

        assertThat(fixture.bot.handle(InboundMessage.text("1", direct, MEMBER, "asdf qwerty zxcv", NOW)))
                .anyMatch(Fallback.class::isInstance);
        assertThat(detections).hasValue(1);
        assertThat(fixture.metrics.handled).singleElement().satisfies(handled -> assertThat(
                        ((InboundMessage) handled.inbound()).languageHint())
                .isEqualTo("en"));
    }
}
