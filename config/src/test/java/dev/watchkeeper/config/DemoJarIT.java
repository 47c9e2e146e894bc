package dev.watchkeeper.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs the packaged jar as a newcomer would, with questions piped into the embedded demo. */
class DemoJarIT {
    private static final Path JAR = Path.of("target", "watchkeeper.jar");

    @Test
    void demoAnswersPipedQuestionsFromTheBundledKnowledgeBaseAndExitsAtEndOfInput() throws Exception {
        assertThat(JAR).as("run after package").exists();
        Path input = Files.createTempFile("demo-input", ".txt");
        Files.writeString(
                input,
                """
                /start
                my deposit has not arrived
                how do i reset 2fa
                I want to talk to a human
                /agent
                1
                Hello from support, looking into it now.
                /close resolved
                /member
                5
                """);

        Process process = new ProcessBuilder(javaBinary(), "-jar", JAR.toString())
                .redirectInput(input.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(out).contains("bot → you (private): Hi!").contains("/help");
        assertThat(out).contains("bot → you (private): My deposit has not arrived");
        assertThat(out).contains("bot → staff WK-1000: New ticket");
        assertThat(out).contains("Hello from support, looking into it now.");
        assertThat(out).as(out).containsIgnoringCase("thank");
        Files.delete(input);
    }

    @Test
    void theDemosSpikeAlertsTheStaffChatAndItsButtonOpensAnAnnouncedIncident() throws Exception {
        assertThat(JAR).as("run after package").exists();
        Path input = Files.createTempFile("demo-spike", ".txt");
        Files.writeString(
                input,
                """
                /spike
                /agent
                1
                /member
                why is my withdrawal still pending
                """);

        Process process = new ProcessBuilder(javaBinary(), "-jar", JAR.toString())
                .redirectInput(input.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out)
                .as(out)
                .contains("in 6 languages")
                .containsOnlyOnce("bot → staff: 📈 **Spike: My withdrawal is pending")
                .contains("1) Open incident")
                .contains("bot → staff: Incident INC-1 opened")
                .contains("bot → group: [announcement in #community, pinned]")
                .contains("bot → you (private): ⚠️ **Known issue** (investigating)");
        Files.delete(input);
    }

    @Test
    void withTheConsolePortSetTheDemoPrintsAOneTimeSignInLinkAndConsoleSendsTheAgentANewOnePrivately()
            throws Exception {
        assertThat(JAR).as("run after package").exists();
        Path input = Files.createTempFile("demo-console", ".txt");
        Files.writeString(input, "/agent\n/console\n/member\n/console\n");

        Process process = new ProcessBuilder(
                        javaBinary(),
                        "-jar",
                        JAR.toString(),
                        "--watchkeeper.web.port=0",
                        "--server.port=0",
                        "--server.address=127.0.0.1")
                .redirectInput(input.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        Matcher links = Pattern.compile("http://localhost:(\\d+)/console/sign-in\\?token=([A-Za-z0-9_-]{43})")
                .matcher(out);
        assertThat(out)
                .as(out)
                .startsWith("Staff console: http://localhost:")
                .contains("bot → staff: I sent you a sign-in link to the staff console in a private message.")
                .contains("The staff console is for moderators, support agents and supervisors");
        assertThat(links.find()).isTrue();
        assertThat(links.group(1)).isNotEqualTo("0");
        String atStart = links.group(2);
        assertThat(links.find()).as("the link /console sent the agent").isTrue();
        assertThat(links.group(2)).isNotEqualTo(atStart);
        assertThat(links.find()).as("no link for the member").isFalse();
        Files.delete(input);
    }

    private static String javaBinary() throws IOException {
        return ProcessHandle.current().info().command().orElseThrow(() -> new IOException("no java binary"));
    }
}
