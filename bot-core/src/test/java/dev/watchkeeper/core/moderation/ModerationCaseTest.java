package dev.watchkeeper.core.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.shield.ScamReason;
import dev.watchkeeper.core.shield.ScamVerdict;
import dev.watchkeeper.core.shield.Signal;
import dev.watchkeeper.core.shield.Verdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each way a case is born gives the case only what that way knows. */
class ModerationCaseTest {
    private static final Instant T = Instant.parse("2026-11-21T12:00:00Z");
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    private static final UserRef SCAMMER = new UserRef(Platform.TELEGRAM, "66", "support_desk", "Support", false);
    private static final UserRef REPORTER = UserRef.member(Platform.TELEGRAM, "41");
    private static final MessageRef MESSAGE = new MessageRef(GROUP, "5531");
    private static final ScamVerdict SCAM =
            new ScamVerdict(Verdict.SCAM, 0.97, List.of(new ScamReason(Signal.FAKE_SUPPORT, "poses as support")));

    @Test
    void detectedCaseIsAnOpenShieldCaseAboutTheMessageWithNoReporter() {
        ModerationCase c =
                ModerationCase.detected(CaseId.of(1), SCAM, "dm me for support", SCAMMER, GROUP, MESSAGE, true, T);

        assertThat(c.source()).isEqualTo(ModerationCase.Source.DETECTED);
        assertThat(c.status()).isEqualTo(ModerationCase.Status.OPEN);
        assertThat(c.verdict()).isEqualTo(Verdict.SCAM);
        assertThat(c.score()).isEqualTo(0.97);
        assertThat(c.reasons()).isEqualTo(SCAM.reasons());
        assertThat(c.author()).isEqualTo(SCAMMER);
        assertThat(c.message()).isEqualTo(MESSAGE);
        assertThat(c.hidden()).isTrue();
        assertThat(c.reporter()).isNull();
        assertThat(c.reporterWords()).isNull();
        assertThat(c.urgent()).isFalse();
        assertThat(c.resolution()).isNull();
        assertThat(c.learnable()).isTrue();
    }

    @Test
    void newcomersCaseHasNoMessageSoTheShieldNeverLearnsFromIt() {
        ModerationCase c = ModerationCase.joined(CaseId.of(2), SCAM, "joined as Support", SCAMMER, GROUP, T);

        assertThat(c.source()).isEqualTo(ModerationCase.Source.DETECTED);
        assertThat(c.author()).isEqualTo(SCAMMER);
        assertThat(c.message()).isNull();
        assertThat(c.hidden()).isFalse();
        assertThat(c.reporter()).isNull();
        assertThat(c.learnable()).isFalse();
    }

    @Test
    void reportedMessageKeepsTheReportersWordsApartFromTheMessage() {
        ModerationCase c = ModerationCase.reportedMessage(
                CaseId.of(3), SCAM, "dm me for support", SCAMMER, MESSAGE, GROUP, REPORTER, "he scammed me", true, T);

        assertThat(c.source()).isEqualTo(ModerationCase.Source.MEMBER_REPORT);
        assertThat(c.text()).isEqualTo("dm me for support");
        assertThat(c.author()).isEqualTo(SCAMMER);
        assertThat(c.message()).isEqualTo(MESSAGE);
        assertThat(c.reporter()).isEqualTo(REPORTER);
        assertThat(c.reporterWords()).isEqualTo("he scammed me");
        assertThat(c.urgent()).isTrue();
        assertThat(c.hidden()).isFalse();
        assertThat(c.learnable()).isTrue();
    }

    @Test
    void reportWithoutAMessageNeverNamesTheReporterAsAuthor() {
        ModerationCase c = ModerationCase.reportedWords(
                CaseId.of(4), SCAM, "this guy sent me okx-claim.xyz", GROUP, REPORTER, false, T);

        assertThat(c.source()).isEqualTo(ModerationCase.Source.MEMBER_REPORT);
        assertThat(c.text()).isEqualTo("this guy sent me okx-claim.xyz");
        assertThat(c.author()).isNull();
        assertThat(c.message()).isNull();
        assertThat(c.reporter()).isEqualTo(REPORTER);
        assertThat(c.reporterWords()).isNull();
        assertThat(c.learnable()).isFalse();
    }

    @Test
    void detectedCaseRequiresTheMessageItIsAbout() {
        assertThatThrownBy(() -> ModerationCase.detected(CaseId.of(5), SCAM, "x", SCAMMER, GROUP, null, false, T))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("message");
    }
}
