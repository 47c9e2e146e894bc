package dev.watchkeeper.config.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small knowledge-base folder for command-line tests. */
final class TestKnowledgeBase {
    private TestKnowledgeBase() {}

    static Path write(Path folder) throws IOException {
        Files.writeString(
                folder.resolve("deposit-missing.md"),
                """
                ---
                id: deposit-missing
                title: "My deposit has not arrived"
                lang: en
                tags: [deposit]
                questions:
                  - "my deposit has not arrived"
                  - "where is my deposit"
                  - "sent crypto but it is not in my account"
                ---
                Check the transaction on the block explorer; deposits need network confirmations.
                """);
        Files.writeString(
                folder.resolve("reset-2fa.md"),
                """
                ---
                id: reset-2fa
                title: "Reset two-factor authentication"
                lang: en
                tags: [security]
                questions:
                  - "I lost my phone with my authenticator"
                  - "how do I reset 2fa"
                  - "new phone, authenticator codes gone"
                ---
                Use the 2FA reset form in the app; it needs a selfie check.
                """);
        Files.writeString(
                folder.resolve("withdrawal-pending.md"),
                """
                ---
                id: withdrawal-pending
                title: "My withdrawal is pending"
                lang: en
                tags: [withdrawal]
                questions:
                  - "withdrawal pending for hours"
                  - "why is my withdrawal stuck"
                  - "withdrawal under review"
                ---
                Withdrawals can be held for a security review; most clear within a few hours.
                """);
        return folder;
    }
}
