package dev.watchkeeper.core.shield.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.util.Random;
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
                "my key 0x" + HEX + " can someone check balance",
                "my key " + HEX + " can someone check balance",
                "pk: 0x" + HEX,
                "priv " + HEX,
                "secret 0x" + HEX + " please help",
                "0x" + HEX + " is my private key, I sent a tx yesterday",
                "Key = 4C0883A69102937D6231471B5DBB6204FE5129617082792AE468D01A3F362318",
                "мой приватный ключ " + HEX,
                "ключ 0x" + HEX + " проверьте баланс",
                "我的私钥是 " + HEX,
                "私钥：0x" + HEX,
                "mi clave privada es " + HEX,
                "minha chave privada 0x" + HEX,
                "özel anahtar: " + HEX
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
                "bscscan.com/tx/0x" + HEX + " my key is safe",
                "0x" + HEX,
                "help " + HEX,
                HEX + " what is this?",
                "txid " + HEX + " not confirmed after 3 hours",
                "tx id: 0x" + HEX,
                "transaction 0x" + HEX + " failed, my keys are fine",
                "I sent it, tx hash 0x" + HEX,
                "моя транзакция " + HEX + " висит",
                "交易哈希 0x" + HEX,
                "the keyboard shows 0x" + HEX
            })
    void leavesTransactionHashesAndHexWithoutContextAlone(String text) {
        assertThat(detector.find(text)).isEmpty();
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

    @Test
    void findsJsonKeystores() {
        String keystore = "{\"address\":\"008aeeda4d805471df9b2a5b0f38a0c3bcba786b\",\"crypto\":{\"cipher\":"
                + "\"aes-128-ctr\",\"ciphertext\":\"5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46\","
                + "\"cipherparams\":{\"iv\":\"6087dab2f9fdbbfaddc31a909735c1e6\"},\"kdf\":\"scrypt\",\"kdfparams\":"
                + "{\"dklen\":32,\"n\":262144,\"p\":8,\"r\":1,\"salt\":\"ab0c7876052600dd703518d6fc3fe8984592145b5913"
                + "84d8fb8f4c3a4d2c8bab\"},\"mac\":\"517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2\"},"
                + "\"id\":\"3198bc9c-6672-5ab3-d995-4942343ae5b6\",\"version\":3}";
        String text = "is this file ok? " + keystore + " thanks";

        assertThat(detector.find(text)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(SecretKind.KEYSTORE);
            assertThat(text.substring(f.start(), f.end())).isEqualTo(keystore);
        });
    }

    @Test
    void findsSolanaSecretKeysByTheirKeyPairButNotTransactionSignatures() throws Exception {
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] seed = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
        var point = ((EdECPublicKey) pair.getPublic()).getPoint();
        byte[] pub = new byte[32];
        byte[] y = point.getY().toByteArray();
        for (int i = 0; i < y.length && i < 32; i++) {
            pub[i] = y[y.length - 1 - i];
        }
        if (point.isXOdd()) {
            pub[31] |= (byte) 0x80;
        }
        byte[] secret = new byte[64];
        System.arraycopy(seed, 0, secret, 0, 32);
        System.arraycopy(pub, 0, secret, 32, 32);
        byte[] signature = new byte[64];
        new Random(7).nextBytes(signature);

        assertThat(detector.find("phantom export: " + base58(secret)))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(SecretKind.PRIVATE_KEY);
                    assertThat(f.note()).contains("Solana");
                });
        assertThat(detector.find("signature " + base58(signature))).isEmpty();
    }

    private static String base58(byte[] bytes) {
        String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        BigInteger value = new BigInteger(1, bytes);
        StringBuilder out = new StringBuilder();
        BigInteger base = BigInteger.valueOf(58);
        while (value.signum() > 0) {
            BigInteger[] qr = value.divideAndRemainder(base);
            out.append(alphabet.charAt(qr[1].intValue()));
            value = qr[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }
}
