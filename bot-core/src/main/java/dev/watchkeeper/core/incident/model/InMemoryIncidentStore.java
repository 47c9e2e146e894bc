package dev.watchkeeper.core.incident.model;

import dev.watchkeeper.core.model.IncidentId;
import dev.watchkeeper.core.model.TicketId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Incidents in this process's memory, for the embedded demo and tests. Every method takes one
 * lock, which makes each atomic. Alerts are kept for the latest {@value #ALERTS_KEPT} only.
 */
public final class InMemoryIncidentStore implements IncidentStore {
    private static final int ALERTS_KEPT = 1000;

    private final Object lock = new Object();
    private long sequence;
    private final Map<IncidentId, Incident> incidents = new LinkedHashMap<>();
    private final Map<IncidentId, List<TimelineEntry>> timelines = new HashMap<>();
    private final Map<IncidentId, LinkedHashMap<String, LinkedMember>> links = new HashMap<>();
    private final Map<TicketId, IncidentId> tickets = new HashMap<>();
    private final Map<IncidentId, Set<String>> notified = new HashMap<>();
    private final Map<IncidentId, Long> statusAnswers = new HashMap<>();
    private final LinkedHashMap<String, SignalAlert> alerts = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SignalAlert> eldest) {
            return size() > ALERTS_KEPT;
        }
    };

    /** A store whose first incident is number 1. */
    public InMemoryIncidentStore() {
        this(0);
    }

    /** A store whose first incident is number {@code last + 1}. */
    public InMemoryIncidentStore(long last) {
        this.sequence = last;
    }

    @Override
    public long nextNumber() {
        synchronized (lock) {
            return ++sequence;
        }
    }

    @Override
    public Incident create(Incident incident) {
        synchronized (lock) {
            if (incidents.containsKey(incident.id())) {
                throw new IllegalStateException("incident id already used: " + incident.id());
            }
            Incident stored = incident.withVersion(1);
            incidents.put(stored.id(), stored);
            return stored;
        }
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
        synchronized (lock) {
            return Optional.ofNullable(incidents.get(id));
        }
    }

    @Override
    public Optional<Incident> compareAndSet(Incident current, Incident next) {
        if (!current.id().equals(next.id())) {
            throw new IllegalArgumentException("compare-and-set must keep the incident id");
        }
        synchronized (lock) {
            Incident stored = incidents.get(current.id());
            if (stored == null || stored.version() != current.version()) {
                return Optional.empty();
            }
            Incident written = next.withVersion(stored.version() + 1);
            incidents.put(written.id(), written);
            return Optional.of(written);
        }
    }

    @Override
    public List<Incident> open() {
        synchronized (lock) {
            return incidents.values().stream()
                    .filter(i -> i.status().isOpen())
                    .sorted(Comparator.comparing((Incident i) -> i.times().openedAt()))
                    .toList();
        }
    }

    @Override
    public List<Incident> recent(int limit) {
        synchronized (lock) {
            List<Incident> all = new ArrayList<>(incidents.values());
            all.sort(Comparator.comparing((Incident i) -> i.times().openedAt()).reversed());
            return List.copyOf(all.subList(0, Math.min(limit, all.size())));
        }
    }

    @Override
    public void appendTimeline(IncidentId id, TimelineEntry entry) {
        synchronized (lock) {
            timelines.computeIfAbsent(id, k -> new ArrayList<>()).add(entry);
        }
    }

    @Override
    public List<TimelineEntry> timeline(IncidentId id) {
        synchronized (lock) {
            return List.copyOf(timelines.getOrDefault(id, List.of()));
        }
    }

    @Override
    public boolean link(IncidentId id, LinkedMember member) {
        synchronized (lock) {
            LinkedHashMap<String, LinkedMember> members = links.computeIfAbsent(id, k -> new LinkedHashMap<>());
            LinkedMember known = members.get(member.key());
            if (member.ticket() != null) {
                tickets.putIfAbsent(member.ticket(), id);
            }
            if (known == null) {
                members.put(member.key(), member);
                return true;
            }
            if (known.ticket() == null && member.ticket() != null) {
                members.put(member.key(), known.withTicket(member.ticket()));
                return true;
            }
            return false;
        }
    }

    @Override
    public List<LinkedMember> linked(IncidentId id) {
        synchronized (lock) {
            return List.copyOf(links.getOrDefault(id, new LinkedHashMap<>()).values());
        }
    }

    @Override
    public Optional<LinkedMember> linkOf(IncidentId id, String memberKey) {
        synchronized (lock) {
            return Optional.ofNullable(
                    links.getOrDefault(id, new LinkedHashMap<>()).get(memberKey));
        }
    }

    @Override
    public void countStatusAnswer(IncidentId id) {
        synchronized (lock) {
            statusAnswers.merge(id, 1L, Long::sum);
        }
    }

    @Override
    public long statusAnswers(IncidentId id) {
        synchronized (lock) {
            return statusAnswers.getOrDefault(id, 0L);
        }
    }

    @Override
    public Optional<IncidentId> incidentOfTicket(TicketId ticket) {
        synchronized (lock) {
            return Optional.ofNullable(tickets.get(ticket));
        }
    }

    @Override
    public boolean claimResolutionNotice(IncidentId id, String memberKey) {
        synchronized (lock) {
            return notified.computeIfAbsent(id, k -> new HashSet<>()).add(memberKey);
        }
    }

    @Override
    public void saveAlert(SignalAlert alert) {
        synchronized (lock) {
            alerts.put(alert.id(), alert);
        }
    }

    @Override
    public Optional<SignalAlert> findAlert(String id) {
        synchronized (lock) {
            return Optional.ofNullable(alerts.get(id));
        }
    }

    /**
     * Stores an incident as a backup holds it, version included, with its timeline, linked members
     * and status answer count, replacing those of the same id; the next number is past its own.
     */
    public void restore(Incident incident, List<TimelineEntry> timeline, List<LinkedMember> linked, long answers) {
        synchronized (lock) {
            IncidentId id = incident.id();
            incidents.put(id, incident);
            timelines.put(id, new ArrayList<>(timeline));
            LinkedHashMap<String, LinkedMember> members = new LinkedHashMap<>();
            for (LinkedMember member : linked) {
                members.putIfAbsent(member.key(), member);
                if (member.ticket() != null) {
                    tickets.put(member.ticket(), id);
                }
            }
            links.put(id, members);
            statusAnswers.put(id, answers);
            String value = id.value();
            sequence = Math.max(sequence, Long.parseLong(value.substring(value.lastIndexOf('-') + 1)));
        }
    }
}
