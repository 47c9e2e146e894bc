package dev.watchkeeper.core.shield.link;

import dev.watchkeeper.core.shield.ConfusableSkeleton;
import dev.watchkeeper.core.shield.DomainLists;
import dev.watchkeeper.core.shield.Evidence;
import dev.watchkeeper.core.shield.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Judges the links of a message: official domains (the community's and those of the bundled
 * protected names) and allow-listed hosts are fine; deny-listed hosts are phishing; then
 * look-alikes of the community's own brands, link shorteners, invites to other Telegram, Discord
 * or WhatsApp communities, and finally the {@link DomainShapeScorer}, whose evidence weighs the
 * model's probability. Work is bounded per link and the extractor caps the links of a message.
 * Thread-safe; never blocks.
 */
public final class LinkJudge {
    private final DomainLists lists;
    private final BrandLookalikes lookalikes;
    private final DomainShapeScorer shapes;
    private final Set<String> allowedInvites;

    public LinkJudge(
            DomainLists lists,
            ConfusableSkeleton skeleton,
            Set<String> protectedDomains,
            Set<String> protectedBrands,
            Set<String> allowedInvites) {
        this(
                lists,
                skeleton,
                protectedDomains,
                protectedBrands,
                allowedInvites,
                DomainShapeScorer.create(skeleton, protectedDomains, protectedBrands, DomainShapeModel.bundled()));
    }

    /** As above, with the domain shape scorer given (for another fitted model). */
    public LinkJudge(
            DomainLists lists,
            ConfusableSkeleton skeleton,
            Set<String> protectedDomains,
            Set<String> protectedBrands,
            Set<String> allowedInvites,
            DomainShapeScorer shapes) {
        this.lists = lists;
        this.lookalikes = new BrandLookalikes(protectedDomains, protectedBrands, skeleton);
        this.shapes = shapes;
        this.allowedInvites =
                Set.copyOf(allowedInvites.stream().map(LinkJudge::inviteKey).toList());
    }

    /** The evidence against each link; nothing for links that are fine. */
    public List<Evidence> judge(List<Link> links) {
        List<Evidence> out = new ArrayList<>();
        for (Link link : links) {
            judge(link).ifPresent(out::add);
        }
        return out;
    }

    /** The strongest evidence against one link, if any. */
    public Optional<Evidence> judge(Link link) {
        Optional<Evidence> invite = invite(link);
        if (invite.isPresent() || isInviteHost(link)) {
            return invite;
        }
        if (lookalikes.isOfficial(link.host()) || shapes.isOfficial(link.host())) {
            return Optional.empty();
        }
        DomainLists.Match match = lists.lookup(link.host());
        if (match.status() == DomainLists.Status.ALLOWED) {
            return Optional.empty();
        }
        if (match.status() == DomainLists.Status.DENIED) {
            return Optional.of(new Evidence(
                    Signal.PHISHING_DOMAIN,
                    0.97,
                    link.unicodeHost() + " is on a phishing list (" + match.source() + ")"));
        }
        Optional<Evidence> lookalike = lookalikes.judge(link);
        if (lookalike.isPresent()) {
            return lookalike;
        }
        if (KnownHosts.SHORTENERS.contains(link.host())) {
            return Optional.of(new Evidence(Signal.LINK_SHORTENER, 0.3, link.host() + " hides where the link goes"));
        }
        if (KnownHosts.isShared(link.registrable()) && !DomainVocabulary.isHosting(link.registrable())) {
            // a big platform's own host (docs.google.com, medium.com): its shape says nothing
            return link.obfuscated() ? obfuscated(link) : Optional.empty();
        }
        Optional<Evidence> shape = shapes.judge(link);
        if (shape.isPresent()) {
            return shape;
        }
        return link.obfuscated() ? obfuscated(link) : Optional.empty();
    }

    private static Optional<Evidence> obfuscated(Link link) {
        return Optional.of(
                new Evidence(Signal.BAIT_DOMAIN, 0.45, link.unicodeHost() + ": link written to dodge filters"));
    }

    private boolean isInviteHost(Link link) {
        return KnownHosts.TELEGRAM.contains(link.host())
                || KnownHosts.DISCORD_INVITE.contains(link.host())
                || (KnownHosts.DISCORD_APP.contains(link.host()) && link.path().startsWith("invite/"))
                || KnownHosts.WHATSAPP.contains(link.host());
    }

    private Optional<Evidence> invite(Link link) {
        String host = link.host();
        String path = link.path();
        boolean telegram = KnownHosts.TELEGRAM.contains(host) && !path.isEmpty();
        boolean discord = (KnownHosts.DISCORD_INVITE.contains(host) && !path.isEmpty())
                || (KnownHosts.DISCORD_APP.contains(host) && path.startsWith("invite/"));
        boolean whatsapp = KnownHosts.WHATSAPP.contains(host) && !path.isEmpty();
        if (!(telegram || discord || whatsapp) || allowedInvites.contains(inviteKey(host + "/" + path))) {
            return Optional.empty();
        }
        boolean privateInvite = path.startsWith("+") || path.startsWith("joinchat") || whatsapp;
        return Optional.of(new Evidence(
                Signal.FOREIGN_INVITE,
                privateInvite ? 0.55 : discord ? 0.45 : 0.4,
                host + "/" + path + ": invite to another community"));
    }

    private static String inviteKey(String hostAndPath) {
        String s = hostAndPath
                .toLowerCase(Locale.ROOT)
                .replaceFirst("^https?://", "")
                .replaceFirst("^www\\.", "");
        int cut = s.indexOf('?');
        s = cut >= 0 ? s.substring(0, cut) : s;
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
