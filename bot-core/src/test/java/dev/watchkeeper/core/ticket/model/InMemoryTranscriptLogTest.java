package dev.watchkeeper.core.ticket.model;

class InMemoryTranscriptLogTest extends TranscriptLogContract {
    @Override
    protected TranscriptLog newLog() {
        return new InMemoryTranscriptLog(3);
    }
}
