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

/** Social-engineering and spam phrases in Spanish. */
final class SpanishPhrases {
    private static final String NS = "[^.!?\\n]";

    static final List<PhraseRule> RULES = List.of(
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.55,
                    "ganado|convierten|testifica|mucho dinero|gracias a",
                    "\\b(he ganado|gan[eé]|obtuve|retir[eé]) \\d|se convierten en \\d|\\btestifica|ganar mucho dinero"
                            + "|\\b(muchas|muchísimas) gracias a [a-z]+"),
            of(
                    SECRET_REQUEST,
                    0.85,
                    "frase|semilla|clave|código|codigo|contraseña|palabras",
                    "\\b(env[ií]a|envie|comparte|compart[ae]|dame|danos|proporciona|ingresa|introduce|escribe|pega"
                            + "|facilita|necesit)\\w*" + NS
                            + "{0,30}(frase (semilla|de recuperaci[oó]n|secreta)|semilla"
                            + "|clave privada|c[oó]digo (2fa|de verificaci[oó]n|sms)|contraseña|(12|24) palabras)"),
            of(
                    FAKE_SUPPORT,
                    0.65,
                    "recuper",
                    "(recuperamos|recuperaci[oó]n de fondos|te ayudamos a recuperar|experto en recuperaci|recuperar (tus|sus)"
                            + " fondos (robados|perdidos))"),
            of(
                    FAKE_SUPPORT,
                    0.55,
                    "soporte",
                    "soporte (t[eé]cnico|oficial)" + NS + "{0,20}(@|whatsapp|escr[ií]beme|privado)"),
            of(
                    CONTACT_REDIRECT,
                    0.45,
                    "escr|mánd|mand|habl|contác|contac|privado|dm",
                    "\\b(escr[ií]beme|m[aá]ndame (un )?(dm|mensaje|md)|h[aá]blame|cont[aá]ctame|al privado|por privado"
                            + "|al dm)\\b"),
            of(CONTACT_REDIRECT, 0.5, "@", "\\b(contacta|escribe|escr[ií]bele|habla con)\\w* (a |con )?@[a-z0-9_]{4,}"),
            of(
                    EARNINGS_PROMISE,
                    0.55,
                    "día|dia|semana|mes|hora",
                    "\\b(gana|ganar|gan[eé]|genera|ingreso|cobra|ganancia)\\w*" + NS + "{0,30}\\d" + NS
                            + "{0,30}(al d[ií]a|por d[ií]a|diari|a la semana|por semana|semanal|al mes|por hora)"),
            of(EARNINGS_PROMISE, 0.35, "ingreso", "ingresos? (pasivos?|extras?)"),
            of(TOO_GOOD_TO_BE_TRUE, 0.6, "garantiz", "(ganancias?|rentabilidad|retornos?|beneficios?) garantizad"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.65,
                    "duplic|multiplic",
                    "(duplica|multiplica)\\w* (tu|su)s? (dinero|inversi[oó]n|btc|cripto|dep[oó]sito)"),
            of(TOO_GOOD_TO_BE_TRUE, 0.3, "sorteo|riesgo", "\\b(sorteo|sin riesgo)\\b"),
            of(
                    JOB_SPAM,
                    0.45,
                    "busc|necesit|contrat",
                    "\\b(buscamos|busco|necesito|se buscan?|estamos contratando|contratamos)" + NS
                            + "{0,20}(personas|gente|socios|colaboradores|trabajadores|asistente)"),
            of(
                    JOB_SPAM,
                    0.35,
                    "experiencia|casa|remoto|tiempo|horas",
                    "\\b(sin experiencia|desde casa|trabajo remoto|medio tiempo|1-2 horas)\\b"),
            of(
                    AIRDROP_SPAM,
                    0.45,
                    "reclam|obt|recib",
                    "\\b(reclama|reclamar|obt[eé]n|recibe)\\w*" + NS + "{0,20}(airdrop|tokens?|recompensas?)"),
            of(AIRDROP_SPAM, 0.45, "conect", "\\bconecta (tu )?(billetera|wallet|cartera)"),
            of(
                    ADULT_OR_ILLEGAL,
                    0.6,
                    "fotos|contenido|escort|billetes|dinero falso",
                    "(fotos (sin ropa|desnud|[ií]ntimas)|contenido \\+18|\\bescort|billetes falsos|dinero falso)"));

    private SpanishPhrases() {}
}
