package dev.watchkeeper.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.incident.model.Incident;
import dev.watchkeeper.core.incident.model.IncidentStore;
import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketSequence;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.TranscriptLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link BackupStore} must have, shown with {@link BackupSamples}. Extended by
 * the in-memory test here and by the Redis integration test.
 */
public abstract class BackupStoreContract {
    /**
     * Empty stores: the backup port and the ports the bot uses over the same data.
     *
     * @param backup the backup port
     * @param tickets the ticket store
     * @param ticketSequence the ticket numbers
     * @param transcripts the transcript log
     * @param cases the moderation cases
     * @param audit the audit log
     * @param votes the answer votes
     * @param incidents the incidents
     */
    public record Stores(
            BackupStore backup,
            TicketStore tickets,
            TicketSequence ticketSequence,
            TranscriptLog transcripts,
            ModerationCaseStore cases,
            AuditLog audit,
            AnswerFeedback votes,
            IncidentStore incidents) {}

    /** New, empty stores. */
    protected abstract Stores newStores();

    /**
     * The stores over the same data as a process started afterwards sees them; the same if they
     * cannot be opened again.
     */
    protected Stores reopened(Stores current) {
        return current;
    }

    /** Every record a store holds, read through its backup port. */
    public static List<BackupRecord> exported(BackupStore store) {
        List<BackupRecord> records = new ArrayList<>();
        store.exportTo(records::add);
        return records;
    }

    /** Restores the records into a store as an import does, sequences included. */
    public static BackupCounts restored(BackupStore store, List<BackupRecord> records) {
        BackupRestore restore = new BackupRestore(store);
        records.forEach(restore::add);
        return restore.finish();
    }

    @Test
    void tenThousandTicketsAndCasesComeBackEqualAfterExportAndImportIntoAnEmptyStore() {
        List<BackupRecord> samples = BackupSamples.of(10_000, 10_000);
        Stores source = newStores();
        restored(source.backup(), samples);

        List<BackupRecord> export = exported(source.backup());
        Stores target = newStores();
        BackupCounts counts = restored(target.backup(), export);

        assertThat(counts).isEqualTo(new BackupCounts(10_000, 10_000, 10_000, 10_000, 1, 0));
        assertSameRecords(exported(target.backup()), samples);
    }

    /**
     * Asserts that both hold equal records, in any order; a failure shows the first record that
     * differs rather than thousands.
     */
    public static void assertSameRecords(List<BackupRecord> actual, List<BackupRecord> expected) {
        List<BackupRecord> got = BackupSamples.sorted(actual);
        List<BackupRecord> want = BackupSamples.sorted(expected);
        assertThat(BackupCounts.NONE.plusAll(got)).isEqualTo(BackupCounts.NONE.plusAll(want));
        for (int i = 0; i < want.size(); i++) {
            assertThat(got.get(i)).as("record %d of %d", i + 1, want.size()).isEqualTo(want.get(i));
        }
    }

    @Test
    void restoredRecordsAreWhatTheBotsPortsFind() {
        List<BackupRecord> samples = BackupSamples.of(40, 30);
        Stores stores = newStores();

        restored(stores.backup(), samples);

        Ticket resolved = BackupSamples.ticket(3);
        assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(stores.tickets().find(resolved.id())).contains(resolved);
        assertThat(stores.tickets().ticketsOf(resolved.member().account())).containsExactly(resolved);
        Ticket open = BackupSamples.ticket(4);
        assertThat(stores.tickets().openTicketOf(AccountId.of(open.member().member())))
                .contains(open);
        assertThat(stores.tickets().withStatus(TicketStatus.OPEN)).hasSize(10).contains(open);
        assertThat(stores.transcripts().recent(BackupSamples.conversation(7)))
                .isEqualTo(((BackupRecord.TranscriptRecord) samples.get(13)).turns());
        ModerationCase closed = BackupSamples.moderationCase(2);
        assertThat(stores.cases().find(closed.id())).contains(closed);
        assertThat(stores.cases().open()).hasSize(10).allMatch(c -> c.status() == ModerationCase.Status.OPEN);
        assertThat(stores.audit().since(Instant.MIN)).hasSize(30).contains(BackupSamples.auditEntry(9));
        assertThat(stores.votes().totals("faq-5").helpful()).isEqualTo(15);
        assertThat(stores.votes().summary(3).overall().votes()).isEqualTo(800 + 20 + 505 + 25);
    }

    @Test
    void importingTheSameBackupTwiceChangesNothing() {
        List<BackupRecord> samples = BackupSamples.of(50, 50);
        Stores stores = newStores();
        restored(stores.backup(), samples);

        restored(stores.backup(), exported(stores.backup()));

        assertSameRecords(exported(stores.backup()), samples);
        assertThat(stores.tickets().withStatus(TicketStatus.OPEN)).hasSize(12);
        assertThat(stores.votes().totals("faq-5").helpful()).isEqualTo(15);
    }

    @Test
    void aRestoredTicketReplacesTheStoredOneAndItsIndexes() {
        Stores stores = newStores();
        Ticket open = BackupSamples.ticket(4);
        Ticket resolved = BackupSamples.ticket(7);
        restored(stores.backup(), List.of(new BackupRecord.TicketRecord(open)));
        Ticket moved = new Ticket(
                open.id(),
                9,
                open.verificationCode(),
                open.reason(),
                open.category(),
                open.priority(),
                TicketStatus.RESOLVED,
                open.member(),
                open.staff(),
                open.language(),
                resolved.assignee(),
                open.content(),
                open.times(),
                open.rating(),
                open.breaches());

        restored(stores.backup(), List.of(new BackupRecord.TicketRecord(moved)));

        assertThat(stores.tickets().find(open.id())).contains(moved);
        assertThat(stores.tickets().withStatus(TicketStatus.OPEN)).isEmpty();
        assertThat(stores.tickets().withStatus(TicketStatus.RESOLVED)).containsExactly(moved);
        assertThat(stores.tickets().openTicketOf(AccountId.of(open.member().member())))
                .isEmpty();
    }

    @Test
    void newTicketsAndCasesAreNumberedAfterTheRestoredOnes() {
        Stores stores = newStores();

        restored(stores.backup(), BackupSamples.of(25, 3000));
        stores = reopened(stores);

        assertThat(stores.ticketSequence().next()).isGreaterThan(25);
        CaseId next = stores.cases().nextId();
        assertThat(next.number()).isGreaterThan(3000);
        assertThat(stores.cases().find(next)).isEmpty();
        assertThat(stores.tickets()
                        .find(TicketId.of("WK", stores.ticketSequence().next())))
                .isEmpty();
    }

    @Test
    void incidentsComeBackWithTheirTimelinesLinksAndCountsAndAreWhatTheBotsPortsFind() {
        List<BackupRecord> samples = new ArrayList<>(BackupSamples.of(3, 2));
        for (int i = 1; i <= 12; i++) {
            samples.add(BackupSamples.incident(i));
        }
        Stores source = newStores();
        restored(source.backup(), samples);

        List<BackupRecord> export = exported(source.backup());
        Stores target = newStores();
        BackupCounts counts = restored(target.backup(), export);
        restored(target.backup(), export);
        target = reopened(target);

        assertThat(counts.incidents()).isEqualTo(12);
        assertSameRecords(exported(target.backup()), samples);
        BackupRecord.IncidentRecord open = BackupSamples.incident(7);
        Incident incident = open.incident();
        assertThat(target.incidents().find(incident.id())).contains(incident);
        assertThat(target.incidents().open()).hasSize(6).contains(incident);
        assertThat(target.incidents().recent(1))
                .containsExactly(BackupSamples.incident(12).incident());
        assertThat(target.incidents().timeline(incident.id())).isEqualTo(open.timeline());
        assertThat(target.incidents().linked(incident.id())).isEqualTo(open.linked());
        assertThat(target.incidents().incidentOfTicket(open.linked().getFirst().ticket()))
                .contains(incident.id());
        assertThat(target.incidents().statusAnswers(incident.id())).isEqualTo(70);
        assertThat(target.incidents().compareAndSet(incident, incident.withTopic("deposit-missing")))
                .isPresent();
        assertThat(target.incidents().nextNumber()).isGreaterThan(12);
    }

    @Test
    void anEmptyStoreExportsOnlyItsEmptyVoteCounts() {
        Stores stores = newStores();

        List<BackupRecord> export = exported(stores.backup());

        assertThat(export).hasSize(1).first().isInstanceOfSatisfying(BackupRecord.VotesRecord.class, v -> assertThat(
                        v.counts().isEmpty())
                .isTrue());
    }
}
