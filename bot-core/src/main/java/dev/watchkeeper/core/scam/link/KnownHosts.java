package dev.watchkeeper.core.scam.link;

import java.util.List;
import java.util.Set;

/** Built-in host knowledge: link shorteners, invite hosts, shared platforms, throwaway TLDs and bait words. */
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

    /** Cheap TLDs that phishing kits favour; a real exchange rarely lives on one. */
    static final Set<String> THROWAWAY_SUFFIXES = Set.of(
            "xyz",
            "top",
            "click",
            "site",
            "online",
            "live",
            "icu",
            "cfd",
            "sbs",
            "shop",
            "store",
            "buzz",
            "monster",
            "rest",
            "lol",
            "space",
            "fun",
            "vip",
            "tk",
            "ml",
            "ga",
            "cf",
            "gq",
            "ltd",
            "pw",
            "link",
            "website",
            "bond",
            "homes",
            "quest",
            "cyou",
            "work",
            "support",
            "claims",
            "gift",
            "win",
            "bid",
            "loan",
            "pages.dev",
            "web.app",
            "netlify.app",
            "vercel.app",
            "firebaseapp.com",
            "github.io",
            "weebly.com",
            "webflow.io",
            "gitbook.io",
            "glitch.me",
            "herokuapp.com",
            "repl.co",
            "my.id",
            "biz.id",
            "today",
            "network",
            "events",
            "finance",
            "exchange",
            "claim",
            "run",
            "digital",
            "rf.gd",
            "ru.com",
            "us.com",
            "net.ru",
            "in.net");

    /**
     * Words that phishing domains put next to a brand to lure wallets, in the order they are named
     * as evidence (a list, so the same link always gives the same reason).
     */
    static final List<String> BAIT_WORDS = List.of(
            "claim",
            "airdrop",
            "drop",
            "verify",
            "verification",
            "support",
            "walletconnect",
            "rectify",
            "restore",
            "sync",
            "synchronize",
            "validate",
            "validation",
            "reward",
            "rewards",
            "bonus",
            "giveaway",
            "unlock",
            "migrate",
            "migration",
            "recovery",
            "recover",
            "secure",
            "login",
            "signin",
            "connect",
            "dapp",
            "dapps",
            "wallet",
            "wallets",
            "eligibility",
            "eligible",
            "whitelist",
            "mint",
            "presale",
            "refund",
            "compensation",
            "gift",
            "free",
            "nitro",
            "helpdesk",
            "authenticate",
            "kyc",
            "unstake",
            "staking",
            "revoke",
            "swap",
            "bridge",
            "node",
            "nodes",
            "fix",
            "debug",
            "resolve");

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
        return THROWAWAY_SUFFIXES.contains(suffix);
    }

    /** The bait words inside a domain label or subdomain ("claim-okx", "okxairdrop"). */
    static String baitIn(String labels) {
        for (String word : BAIT_WORDS) {
            if (word.length() >= 5 ? labels.contains(word) : containsWord(labels, word)) {
                return word;
            }
        }
        return "";
    }

    private static boolean containsWord(String labels, String word) {
        int i = labels.indexOf(word);
        while (i >= 0) {
            boolean left = i == 0 || !Character.isLetter(labels.charAt(i - 1));
            int end = i + word.length();
            boolean right = end == labels.length() || !Character.isLetter(labels.charAt(end));
            if (left || right) {
                return true;
            }
            i = labels.indexOf(word, i + 1);
        }
        return false;
    }
}
