package dev.watchkeeper.core.shield.link;

import java.util.Set;

/**
 * Built-in host knowledge: link shorteners, invite hosts and shared platforms; throwaway TLDs and
 * bait words come from {@link DomainVocabulary}.
 */
final class KnownHosts {
    static final Set<String> SHORTENERS = Set.of(
            "bit.ly",
            "tinyurl.com",
            "cutt.ly",
            "goo.gl",
            "is.gd",
            "ow.ly",
            "rb.gy",
            "shorturl.at",
            "urlz.fr",
            "tiny.cc",
            "rebrand.ly",
            "bit.do",
            "s.id",
            "v.gd",
            "clck.ru",
            "t.ly",
            "shorte.st",
            "adf.ly",
            "tiny.one",
            "rebrand.link",
            "short.gy",
            "linktr.ee",
            "bitly.com",
            "u.to",
            "qps.ru",
            "vk.cc",
            "l.linklyhq.com",
            "surl.li",
            "gg.gg",
            "did.li",
            "0x.co");

    static final Set<String> TELEGRAM = Set.of("t.me", "telegram.me", "telegram.dog");
    static final Set<String> DISCORD_INVITE = Set.of("discord.gg", "discord.io", "dsc.gg", "discord.me");
    static final Set<String> DISCORD_APP = Set.of("discord.com", "discordapp.com");
    static final Set<String> WHATSAPP = Set.of("chat.whatsapp.com", "wa.me");

    /**
     * Big platforms and hosting services that many unrelated people publish on. Where the public
     * suffix list names a platform as a suffix ({@code github.io}, {@code vercel.app}), each tenant
     * is its own registrable domain; these are the ones where it does not ({@code
     * docs.google.com}, {@code x.medium.com}, {@code x.gitbook.io}).
     */
    static final Set<String> PLATFORMS = Set.of(
            "google.com",
            "forms.gle",
            "youtube.com",
            "youtu.be",
            "twitter.com",
            "x.com",
            "t.co",
            "facebook.com",
            "fb.me",
            "instagram.com",
            "tiktok.com",
            "reddit.com",
            "linkedin.com",
            "medium.com",
            "substack.com",
            "mirror.xyz",
            "github.com",
            "github.io",
            "githubusercontent.com",
            "gitlab.com",
            "gitbook.io",
            "notion.site",
            "notion.so",
            "telegra.ph",
            "teletype.in",
            "vercel.app",
            "netlify.app",
            "pages.dev",
            "workers.dev",
            "web.app",
            "firebaseapp.com",
            "herokuapp.com",
            "weebly.com",
            "webflow.io",
            "wixsite.com",
            "wordpress.com",
            "blogspot.com",
            "tumblr.com",
            "godaddysites.com",
            "000webhostapp.com",
            "surge.sh",
            "dropbox.com",
            "microsoft.com",
            "sharepoint.com",
            "live.com",
            "apple.com",
            "amazon.com",
            "amazonaws.com",
            "cloudfront.net",
            "wikipedia.org",
            "whatsapp.com",
            "zoom.us",
            "typeform.com",
            "jotform.com",
            "ipfs.io",
            "dweb.link",
            "pastebin.com",
            "imgur.com",
            "coinmarketcap.com",
            "coingecko.com");

    private KnownHosts() {}

    /**
     * True for a shortener, an invite host or a platform, or a parent domain of one ({@code
     * linklyhq.com} for {@code l.linklyhq.com}, {@code whatsapp.com} for {@code chat.whatsapp.com}).
     */
    static boolean isShared(String domain) {
        return isOrHolds(domain, SHORTENERS)
                || isOrHolds(domain, TELEGRAM)
                || isOrHolds(domain, DISCORD_INVITE)
                || isOrHolds(domain, DISCORD_APP)
                || isOrHolds(domain, WHATSAPP)
                || isOrHolds(domain, PLATFORMS);
    }

    private static boolean isOrHolds(String domain, Set<String> hosts) {
        if (hosts.contains(domain)) {
            return true;
        }
        String dotted = "." + domain;
        for (String host : hosts) {
            if (host.endsWith(dotted)) {
                return true;
            }
        }
        return false;
    }

    static boolean isThrowaway(String suffix) {
        return DomainVocabulary.isThrowaway(suffix) || DomainVocabulary.isHosting(suffix);
    }

    /** The first bait word inside a domain label or subdomain ("claim-okx", "okxairdrop"), or "". */
    static String baitIn(String labels) {
        return DomainVocabulary.baitIn(labels);
    }
}
