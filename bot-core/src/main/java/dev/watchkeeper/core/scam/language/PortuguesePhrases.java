package dev.watchkeeper.core.scam.language;

import static dev.watchkeeper.core.scam.Signal.ADULT_OR_ILLEGAL;
import static dev.watchkeeper.core.scam.Signal.AIRDROP_SPAM;
import static dev.watchkeeper.core.scam.Signal.CONTACT_REDIRECT;
import static dev.watchkeeper.core.scam.Signal.EARNINGS_PROMISE;
import static dev.watchkeeper.core.scam.Signal.FAKE_SUPPORT;
import static dev.watchkeeper.core.scam.Signal.JOB_SPAM;
import static dev.watchkeeper.core.scam.Signal.SECRET_REQUEST;
import static dev.watchkeeper.core.scam.Signal.TOO_GOOD_TO_BE_TRUE;
import static dev.watchkeeper.core.scam.language.PhraseRule.of;

import java.util.List;

/** Social-engineering and spam phrases in Portuguese. */
final class PortuguesePhrases {
    private static final String NS = "[^.!?\\n]";

    static final List<PhraseRule> RULES = List.of(
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.55,
                    "ganhei|lucrei|saquei|obrigad|pagando",
                    "\\b(ganhei|lucrei|saquei) (r\\$ ?)?\\d|\\b(muito )?obrigad[oa] (a|à) [a-z]+ (pel[oa]s? )?(lucro|ganho)"
                            + "|plataforma (nova )?pagando"),
            of(
                    SECRET_REQUEST,
                    0.85,
                    "frase|seed|chave|código|codigo|senha|palavras",
                    "\\b(envie|envia|mande|manda|compartilhe|passe|passa|digite|informe|insira|me d[aê]|preciso)\\w*"
                            + NS
                            + "{0,30}(frase (semente|de recupera[cç][aã]o|secreta)|seed|chave privada|c[oó]digo (2fa|de "
                            + "verifica[cç][aã]o|sms)|senha|(12|24) palavras)"),
            of(
                    FAKE_SUPPORT,
                    0.65,
                    "recupera",
                    "(recuperamos|recupera[cç][aã]o de fundos|ajudamos a recuperar|especialista em recupera|recuperar (seus|"
                            + "suas) (fundos|criptos) (roubad|perdid))"),
            of(FAKE_SUPPORT, 0.55, "suporte", "suporte (t[eé]cnico|oficial)" + NS + "{0,20}(@|whatsapp|pv|privado)"),
            of(
                    CONTACT_REDIRECT,
                    0.45,
                    "cham|mensagem|fala|pv|privado|direct|inbox",
                    "\\b(me chama|me chame|chama no|chame no|me mande (uma )?mensagem|fala comigo|manda (um )?(oi|dm|"
                            + "mensagem)|no (pv|privado|direct|inbox))\\b"),
            of(CONTACT_REDIRECT, 0.5, "@", "\\b(chama|fale|fala|contate|chame)\\w* (o |a |com )?@[a-z0-9_]{4,}"),
            of(
                    EARNINGS_PROMISE,
                    0.55,
                    "dia|semana|mês|mes|hora",
                    "\\b(ganhe|ganhar|ganho|lucre|lucro|fature|renda|receba)\\w*" + NS + "{0,30}\\d" + NS
                            + "{0,30}(por dia|ao dia|di[aá]ri|por semana|semanal|por m[eê]s|por hora)"),
            of(EARNINGS_PROMISE, 0.35, "renda", "renda (extra|passiva)"),
            of(TOO_GOOD_TO_BE_TRUE, 0.6, "garantid", "(lucros?|retornos?|rendimentos?) garantid"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.65,
                    "dobr|multipli|dupliq",
                    "(dobr[ae]|multiplique|duplique)\\w* (o )?(seu|sua)s? (dinheiro|investimento|btc|cripto|dep[oó]sito)"),
            of(TOO_GOOD_TO_BE_TRUE, 0.3, "sorteio|risco", "\\b(sorteio|sem risco)\\b"),
            of(
                    JOB_SPAM,
                    0.45,
                    "procur|precis|contrat|vaga",
                    "\\b(procuro|procuramos|precisamos de|estou contratando|contratamos|vagas? para)" + NS
                            + "{0,20}(pessoas|parceiros|colaboradores|trabalhadores|assistente)"),
            of(
                    JOB_SPAM,
                    0.35,
                    "experi|casa|home|remoto|per",
                    "\\b(sem experi[eê]ncia|trabalhe de casa|home office|trabalho remoto|meio per[ií]odo)\\b"),
            of(
                    AIRDROP_SPAM,
                    0.45,
                    "resgat|reivindi|receba",
                    "\\b(resgate|resgatar|reivindique|receba)\\w*" + NS + "{0,20}(airdrop|tokens?|recompensas?)"),
            of(AIRDROP_SPAM, 0.45, "conect", "\\bconecte (sua )?(carteira|wallet)"),
            of(
                    ADULT_OR_ILLEGAL,
                    0.6,
                    "nudes|fotos|conte|acompanhante|falso|falsas",
                    "(\\bnudes\\b|fotos [ií]ntimas|conte[uú]do \\+18|acompanhante|dinheiro falso|notas falsas)"));

    private PortuguesePhrases() {}
}
