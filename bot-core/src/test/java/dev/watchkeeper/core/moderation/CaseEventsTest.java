package dev.watchkeeper.core.moderation;

import static dev.watchkeeper.core.moderation.ModerationDeskTest.FAKE_SUPPORT;
import static dev.watchkeeper.core.moderation.ModerationDeskTest.GROUP;
import static dev.watchkeeper.core.moderation.ModerationDeskTest.MODERATOR;
import static dev.watchkeeper.core.moderation.ModerationDeskTest.MODS;
import static dev.watchkeeper.core.moderation.ModerationDeskTest.NOW;
import static dev.watchkeeper.core.moderation.ModerationDeskTest.SCAMMER;
import static dev.watchkeeper.core.moderation.ModerationDeskTest.action;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.event.CaseConfirmed;
import dev.watchkeeper.core.event.CaseDismissed;
import dev.watchkeeper.core.event.CaseOpened;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The moderation desk tells a case's opening and its resolution once each, without its text. */
class CaseEventsTest {
    private static final UserRef OTHER_MODERATOR = new UserRef(Platform.TELEGRAM, "9", "max", "Max", false);

    private final BotFixture fixture = ModerationDeskTest.fixture();
    private int ids;

    private List<Decision> post(UserRef author, String text) {
        return fixture.bot.handle(InboundMessage.text(Integer.toString(++ids), GROUP, author, text, NOW));
    }

    private void press(UserRef who, Set<String> roles, String action) {
        fixture.bot.handle(new ChoiceSelected(MODS, who, action, null, NOW, roles));
    }

    @Test
    void aFlaggedScamIsToldAsAnOpenedCaseWithoutItsText() {
        post(SCAMMER, FAKE_SUPPORT);

        CaseOpened opened = fixture.events.of(CaseOpened.class).getFirst();
        assertThat(opened.id()).isEqualTo("MC-1/opened");
        assertThat(opened.moderationCase().community()).isEqualTo(GROUP.id());
        assertThat(opened.moderationCase().author()).isEqualTo("telegram:66");
        assertThat(opened.moderationCase().verdict()).isEqualTo("scam");
        assertThat(opened.moderationCase().reasons()).contains("secret_request");
        assertThat(opened.moderationCase().hidden()).isTrue();
        assertThat(opened.toString()).doesNotContain("seed phrase");
    }

    @Test
    void aConfirmedCaseIsToldOnceWithTheActionEvenWhenPressedTwice() {
        List<Decision> flagged = post(SCAMMER, FAKE_SUPPORT);
        String ban = action(flagged, "Confirm: ban");

        press(MODERATOR, Set.of(), ban);
        press(OTHER_MODERATOR, Set.of("moderator"), ban);
        press(MODERATOR, Set.of(), action(flagged, "Dismiss"));

        assertThat(fixture.events.of(CaseConfirmed.class)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("MC-1/confirmed");
            assertThat(c.moderator()).isEqualTo("telegram:7");
            assertThat(c.action()).isEqualTo("ban");
        });
        assertThat(fixture.events.of(CaseDismissed.class)).isEmpty();
    }

    @Test
    void aDismissedCaseIsToldAsDismissed() {
        List<Decision> flagged = post(SCAMMER, FAKE_SUPPORT);

        press(MODERATOR, Set.of(), action(flagged, "Dismiss"));

        assertThat(fixture.events.of(CaseDismissed.class)).singleElement().satisfies(d -> assertThat(d.id())
                .isEqualTo("MC-1/dismissed"));
    }

    @Test
    void aPressByANonModeratorIsNoEvent() {
        List<Decision> flagged = post(SCAMMER, FAKE_SUPPORT);

        press(SCAMMER, Set.of(), action(flagged, "Confirm: ban"));

        assertThat(fixture.events.all()).singleElement().isInstanceOf(CaseOpened.class);
    }
}
