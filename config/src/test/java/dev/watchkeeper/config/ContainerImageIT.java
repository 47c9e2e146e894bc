package dev.watchkeeper.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The image tarball's configuration says how the bot runs in a container: as the non-root user
 * 10001, the application's main class on the image's own Java with the heap sized to the
 * container, port 8080 on all interfaces, and health checks on the probes the application serves.
 */
class ContainerImageIT {
    private static ImageTarball image;
    private static JsonNode config;

    @BeforeAll
    static void readImage() {
        image = ImageTarball.built();
        config = image.configuration().get("config");
    }

    @Test
    void isTaggedForComposeAndLoadableByDocker() {
        assertThat(image.manifest().get("RepoTags").get(0).asString()).isEqualTo("watchkeeper:latest");
        assertThat(image.configuration().get("os").asString()).isEqualTo("linux");
    }

    @Test
    void runsAsTheNonRootUserItsPasswdNames(@TempDir Path work) {
        assertThat(config.get("User").asString()).isEqualTo("10001:10001");
        assertThat(image.fileInImage("etc/passwd", work)).hasValueSatisfying(passwd -> assertThat(passwd)
                .contains("watchkeeper:x:10001:10001:")
                .doesNotContain("/bin/sh"));
    }

    @Test
    void startsTheApplicationOnTheImagesJavaSizedToTheContainer() {
        List<String> entrypoint = strings(config.get("Entrypoint"));

        assertThat(entrypoint.getFirst()).isEqualTo("/opt/java/bin/java");
        assertThat(entrypoint).contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError");
        assertThat(entrypoint).containsSubsequence("-cp", "@/app/jib-classpath-file");
        assertThat(entrypoint.getLast()).isEqualTo(WatchkeeperApplication.class.getName());
        assertThat(config.get("Cmd")).as("no arguments: the bot runs").isNull();
    }

    @Test
    void servesPort8080OnAllInterfaces() {
        assertThat(names(config.get("ExposedPorts"))).containsExactly("8080/tcp");
        assertThat(strings(config.get("Env")))
                .contains(
                        "SERVER_PORT=8080",
                        "SERVER_ADDRESS=0.0.0.0",
                        "WATCHKEEPER_KB_EMBEDDING_CACHE=/data/embeddings",
                        "WATCHKEEPER_KB_INDEX_CACHE=/data/indexes");
        assertThat(names(config.get("Volumes"))).containsExactly("/data");
    }

    @Test
    void labelsNameTheProbesAndAHealthCheckCommandOnThem() {
        JsonNode labels = config.get("Labels");

        assertThat(labels.get("dev.watchkeeper.health.liveness").asString()).isEqualTo("/actuator/health/liveness");
        assertThat(labels.get("dev.watchkeeper.health.readiness").asString()).isEqualTo("/actuator/health/readiness");
        assertThat(labels.get("dev.watchkeeper.health.command").asString())
                .startsWith("/bin/busybox wget ")
                .endsWith("http://127.0.0.1:8080/actuator/health/readiness");
        assertThat(labels.get("org.opencontainers.image.licenses").asString()).isEqualTo("Apache-2.0");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static List<String> names(JsonNode object) {
        return new ArrayList<>(object.propertyNames());
    }
}
