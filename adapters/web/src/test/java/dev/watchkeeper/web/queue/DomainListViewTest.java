package dev.watchkeeper.web.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.shield.CommunityDomainStore;
import dev.watchkeeper.core.shield.CommunityDomains;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DomainListViewTest {
    private final QueueFixture fixture = new QueueFixture();
    private final DomainListView view = new DomainListView(storeOf(fixture.bot.domains), fixture.gateway);

    @Test
    void editsTheListsWithTheModeratorsChatCommands() {
        view.edit(QueueFixture.moderator(), "allow", "Example-Exchange.com");
        view.edit(QueueFixture.moderator(), "deny", "okx-claim.xyz");
        view.edit(QueueFixture.moderator(), "deny", "binance-gift.top");

        assertThat(view.lists().allowed()).containsExactly("example-exchange.com");
        assertThat(view.lists().denied()).containsExactly("binance-gift.top", "okx-claim.xyz");

        view.edit(QueueFixture.moderator(), "unlist", "okx-claim.xyz");

        assertThat(view.lists().denied()).containsExactly("binance-gift.top");
        assertThat(fixture.bot.audit.since(QueueFixture.NOW))
                .extracting(e -> e.action())
                .contains("console command /deny", "deny", "unlist");
    }

    @Test
    void theCoreRefusesAMemberItDoesNotKnowAsAModerator() {
        var answer = view.edit(QueueFixture.impostor(), "deny", "okx-claim.xyz");

        assertThat(answer).hasSize(1);
        assertThat(view.lists().denied()).isEmpty();
    }

    @Test
    void refusesAnythingButOneDomainAndTheThreeEdits() {
        assertThatThrownBy(() -> view.edit(QueueFixture.moderator(), "allow", "a.com\n/ban x"))
                .hasMessage("Enter one domain, such as example.com.");
        assertThatThrownBy(() -> view.edit(QueueFixture.moderator(), "allow", "a.com b.com"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> view.edit(QueueFixture.moderator(), "cases", "a.com"))
                .hasMessage("Unknown list edit: choose allow, deny or unlist.");
    }

    /** The fixture's lists as the store the console reads. */
    private static CommunityDomainStore storeOf(CommunityDomains domains) {
        return new CommunityDomainStore() {
            @Override
            public Set<String> allowed() {
                return domains.allowed();
            }

            @Override
            public Set<String> denied() {
                return domains.denied();
            }

            @Override
            public void allow(String domain) {
                throw new UnsupportedOperationException("the console edits through the bot");
            }

            @Override
            public void deny(String domain) {
                throw new UnsupportedOperationException("the console edits through the bot");
            }

            @Override
            public void unlist(String domain) {
                throw new UnsupportedOperationException("the console edits through the bot");
            }
        };
    }
}
