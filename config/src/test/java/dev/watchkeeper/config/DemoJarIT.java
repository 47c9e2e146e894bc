package dev.watchkeeper.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs the packaged jar as a newcomer would, with questions piped into the embedded demo. */
class DemoJarIT {
    private static final Path JAR = Path.of("target", "watchkeeper.jar");

    @Test
    void demoAnswersPipedQuestionsFromTheBundledKnowledgeBaseAndExitsAtEndOfInput() throws Exception {
        String out = demo(
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

        assertThat(out).contains("bot → you (private): Hi!").contains("/help");
        assertThat(out).contains("bot → you (private): My deposit has not arrived");
        assertThat(out).contains("bot → staff WK-1000: New ticket");
        assertThat(out).contains("Hello from support, looking into it now.");
        assertThat(out).as(out).containsIgnoringCase("thank");
    }

    @Test
    void theDemosSpikeAlertsTheStaffChatAndItsButtonOpensAnAnnouncedIncident() throws Exception {
        String out = demo(
                """
                /spike
                /agent
                1
                /member
                why is my withdrawal still pending
                """);

        assertThat(out)
                .as(out)
                .contains("in 6 languages")
                .containsOnlyOnce("bot → staff: 📈 **Spike: My withdrawal is pending")
                .contains("1) Open incident")
                .contains("bot → staff: Incident INC-1 opened")
                .contains("bot → group: [announcement in #community, pinned]")
                .contains("bot → you (private): ⚠️ **Known issue** (investigating)");
    }

    @Test
    void withTheConsolePortSetTheDemoPrintsAOneTimeSignInLinkAndConsoleSendsTheAgentANewOnePrivately()
            throws Exception {
        String out = demo(
                "/agent\n/console\n/member\n/console\n",
                "--watchkeeper.web.port=0",
                "--server.port=0",
                "--server.address=127.0.0.1");

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
    }

    /** What the packaged demo prints with this input piped in and these settings; it must exit 0. */
    private static String demo(String input, String... settings) throws Exception {
        assertThat(JAR).as("run after package").exists();
        Path file = Files.createTempFile("demo-input", ".txt");
        Files.writeString(file, input);
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
        command.addAll(List.of(settings));
        Process process = new ProcessBuilder(command)
                .redirectInput(file.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        Files.delete(file);
        return out;
    }

    private static String javaBinary() throws IOException {
        return ProcessHandle.current().info().command().orElseThrow(() -> new IOException("no java binary"));
    }
}
