package dev.watchkeeper.core.shield.text;

/**
 * The fast, built-in table of letters that look alike across the Latin, Cyrillic and Greek
 * scripts, as spam uses them ("Пpeдлaгaeм", "АirDrop"). It is the core's fallback for the
 * ICU-backed {@code ConfusableSkeleton}: small, lower-case, and good enough for words.
 */
final class LookalikeLetters {
    private static final String CYRILLIC_GREEK = "аеорсухкмтвніјѕԁԛԝүһɑαοερτικνυχ";
    private static final String AS_LATIN = "aeopcyxkmtbhijsdqwyhaaoeptikvux";
    private static final String LATIN = "aeopcyxkmtbhnur3608";
    private static final String AS_CYRILLIC = "аеорсухкмтвнпигзбов";

    // small capitals, IPA and Cherokee letters that styled-text generators use; NFKC leaves them
    private static final String STYLED = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢʍᴨᴩᴧɜɯɸᴦᎪᏴᏟᎬᎻᎫᏦᎷᏢᏚᎢᏔᏃᏫ";
    private static final String UNSTYLED = "abcdefghijklmnoprstuvwyzmпpлзшфгabcehjkmpstwzo";

    private LookalikeLetters() {}

    /** The plain letter a styled one (small capital, IPA, Cherokee) stands for, or 0 when none. */
    static char unstyled(char c) {
        if (c < '\u0250') {
            return 0;
        }
        int i = STYLED.indexOf(c);
        return i < 0 ? 0 : UNSTYLED.charAt(i);
    }

    /** The Latin letter a lower-case Cyrillic or Greek letter imitates, or 0 when none. */
    static char toLatin(char lower) {
        int i = CYRILLIC_GREEK.indexOf(lower);
        return i < 0 ? 0 : AS_LATIN.charAt(i);
    }

    /** The Cyrillic letter a lower-case Latin letter or digit imitates, or 0 when none. */
    static char toCyrillic(char lower) {
        int i = LATIN.indexOf(lower);
        return i < 0 ? 0 : AS_CYRILLIC.charAt(i);
    }

    /** The letter a digit or sign stands for in Latin leetspeak ("t0kens", "fr3e"), or 0. */
    static char leet(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4' -> 'a';
            case '5' -> 's';
            case '7' -> 't';
            default -> 0;
        };
    }

    static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    static boolean isGreek(char c) {
        return c >= '\u0370' && c <= '\u03FF';
    }

    static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7');
    }
}
