package dev.watchkeeper.core.shield;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Allow and deny lists in this process's memory, for tests. Thread-safe; never blocks. */
public final class InMemoryCommunityDomainStore implements CommunityDomainStore {
    private final Set<String> allowed = ConcurrentHashMap.newKeySet();
    private final Set<String> denied = ConcurrentHashMap.newKeySet();

    @Override
    public Set<String> allowed() {
        return Set.copyOf(allowed);
    }

    @Override
    public Set<String> denied() {
        return Set.copyOf(denied);
    }

    @Override
    public void allow(String domain) {
        denied.remove(domain);
        allowed.add(domain);
    }

    @Override
    public void deny(String domain) {
        denied.add(domain);
    }

    @Override
    public void unlist(String domain) {
        allowed.remove(domain);
        denied.remove(domain);
    }
}
