package dev.watchkeeper.core.ticket.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in text shown outside a ticket's own agent view (the shared staff space,
 * alerts, reports): e-mail addresses, phone numbers in international or separated form, and
 * card-like numbers that pass the Luhn check. Account ids, amounts and blockchain data are left
 * alone, since agents need them. Pure and thread-safe.
 */
public final class PiiMasker {
    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\w.+-])([\\w.+-])[\\w.+-]*@([\\w-]+(?:\\.[\\w-]+)*\\.[A-Za-z]{2,})");
    private static final Pattern CARD = Pattern.compile("(?<![\\d\\w])\\d(?:[ -]?\\d){12,18}(?![\\d\\w])");
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\d\\w+])(?:\\+\\d{1,3}[\\s.-]?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d[\\d\\s.-]{5,14}\\d"
                    + "|\\(?\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4})(?![\\d\\w])");

    /** What a card number becomes. */
    public static final String CARD_MASK = "[card]";

    /** What a phone number becomes. */
    public static final String PHONE_MASK = "[phone]";

    /** The text with e-mails, phone numbers and Luhn-valid card numbers masked. */
    public String mask(String text) {
        String out = maskCards(text);
        out = PHONE.matcher(out).replaceAll(Matcher.quoteReplacement(PHONE_MASK));
        return EMAIL.matcher(out).replaceAll("$1***@$2");
    }

    private static String maskCards(String text) {
        Matcher m = CARD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group().replaceAll("[ -]", "");
            m.appendReplacement(out, Matcher.quoteReplacement(luhn(digits) ? CARD_MASK : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
