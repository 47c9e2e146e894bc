package dev.watchkeeper.shield;

import dev.watchkeeper.core.shield.DomainLists;
import dev.watchkeeper.core.shield.text.EditDistance;
import java.util.List;

/**
 * An immutable snapshot of several deny and allow lists. A host is matched with its parent
 * domains, most specific first; at the same level an allow entry wins. A host on no list is then
 * compared with the fuzzy targets (MetaMask's rule: the domain without its last label, within the
 * list's edit-distance tolerance). Thread-safe; never blocks.
 */
public final class PhishingDomainList implements DomainLists {
    private final List<DomainListData> lists;

    public PhishingDomainList(List<DomainListData> lists) {
        this.lists = List.copyOf(lists);
    }

    /** The number of denied hosts over all lists (duplicates counted once per list). */
    public int denyCount() {
        return lists.stream().mapToInt(l -> l.deny().size()).sum();
    }

    @Override
    public Match lookup(String asciiHost) {
        String candidate = asciiHost;
        boolean exactLevel = true;
        while (candidate.indexOf('.') > 0) {
            for (DomainListData list : lists) {
                if (list.allowWithSubdomains().contains(candidate)
                        || (exactLevel && list.allowExact().contains(candidate))) {
                    return new Match(Status.ALLOWED, list.source() + ": " + candidate);
                }
            }
            for (DomainListData list : lists) {
                if (list.deny().contains(candidate)) {
                    return new Match(Status.DENIED, list.source() + ": " + candidate);
                }
            }
            candidate = candidate.substring(candidate.indexOf('.') + 1);
            exactLevel = false;
        }
        return fuzzy(asciiHost);
    }

    private Match fuzzy(String host) {
        String form = withoutLastLabel(host);
        for (DomainListData list : lists) {
            for (String target : list.fuzzy()) {
                String targetForm = withoutLastLabel(target);
                if (!host.equals(target) && EditDistance.osa(form, targetForm, list.tolerance()) <= list.tolerance()) {
                    return new Match(Status.DENIED, list.source() + " fuzzy match of " + target);
                }
            }
        }
        return Match.UNKNOWN;
    }

    private static String withoutLastLabel(String host) {
        int dot = host.lastIndexOf('.');
        return dot > 0 ? host.substring(0, dot) : host;
    }
}
