package dev.watchkeeper.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The project says what licence it is under, in the same words everywhere a user looks. */
class ProjectLicenceTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theRepositoryCarriesTheApacheLicenceAndThePomAndReadmeNameIt() throws IOException {
        assertThat(Files.readString(ROOT.resolve("LICENSE")).strip())
                .startsWith("Apache License\n                           Version 2.0, January 2004")
                .contains("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION");
        assertThat(Files.readString(ROOT.resolve("pom.xml")))
                .contains("<name>Apache-2.0</name>", "<url>https://www.apache.org/licenses/LICENSE-2.0.txt</url>");
        assertThat(Files.readString(ROOT.resolve("README.md"))).contains("[Apache License, Version 2.0](LICENSE)");
    }
}
