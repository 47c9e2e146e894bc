package dev.watchkeeper.core.scam.secret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivateKeyDetectorTest {
    private static final String HEX = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
    private final PrivateKeyDetector detector = new PrivateKeyDetector();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "here is my private key " + HEX + " can you import it?",
                "my metamask private key: 0x" + HEX,
                "мой приватный ключ " + HEX,
                "我的私钥是 " + HEX,
                "mi clave privada es " + HEX
            })
    void findsHexKeysNextToWordsAboutKeys(String text) {
        assertThat(detector.find(text)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(SecretKind.PRIVATE_KEY);
            assertThat(f.certain()).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "my tx is 0x" + HEX + " and it is still pending",
                "withdrawal stuck, hash 0x" + HEX,
                "see https://etherscan.io/tx/0x" + HEX,
                "0x" + HEX,
                "txid " + HEX + " not confirmed after 3 hours",
                "моя транзакция " + HEX + " висит"
            })
    void leavesTransactionHashesAlone(String text) {
        assertThat(detector.find(text)).isEmpty();
    }

    @Test
    void reportsBareHexWithoutContextAsPossibleKey() {
        assertThat(detector.find("help " + HEX)).singleElement().satisfies(f -> assertThat(f.certain())
                .isFalse());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ",
                "KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617"
            })
    void findsWifKeysByTheirChecksum(String wif) {
        assertThat(detector.find("import this: " + wif)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(SecretKind.WIF_KEY);
            assertThat(f.certain()).isTrue();
        });
    }

    @Test
    void ignoresWifShapedTextWithABadChecksum() {
        assertThat(detector.find("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTK"))
                .isEmpty();
    }

    @Test
    void findsExtendedPrivateKeys() {
        String xprv =
                "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33"
                        + "yuGBxrMPHi";
        assertThat(detector.find("backup " + xprv)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(SecretKind.EXTENDED_PRIVATE_KEY);
            assertThat(f.certain()).isTrue();
        });
    }
}
