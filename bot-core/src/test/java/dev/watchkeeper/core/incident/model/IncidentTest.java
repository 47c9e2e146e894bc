package dev.watchkeeper.core.incident.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentTest {
    @Test
    void phrasingsAreKeptOnceAndUpToTheCap() {
        Incident incident = IncidentStoreContract.incident(1, "Withdrawals stuck", 5);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < Incident.PHRASINGS_KEPT + 20; i++) {
            many.add("withdrawal stuck number " + i);
        }

        Incident full = incident.withPhrasings(List.of(" saque travado ", "saque travado", ""))
                .withPhrasings(many);

        assertThat(full.phrasings()).hasSize(Incident.PHRASINGS_KEPT).startsWith("saque travado");
        assertThat(full.withPhrasings(List.of("one more"))).isSameAs(full);
    }

    @Test
    void otherChangesKeepThePhrasings() {
        Incident incident =
                IncidentStoreContract.incident(1, "Withdrawals stuck", 5).withPhrasings(List.of("saque travado"));

        Incident changed = incident.updated(IncidentStatus.IDENTIFIED, "en", "Node upgrade.", java.time.Instant.now())
                .translated("pt", "Atualização do nó.", java.time.Instant.now())
                .withTopic("withdrawal-failed")
                .withVersion(7);

        assertThat(changed.phrasings()).containsExactly("saque travado");
    }
}
