package dev.watchkeeper.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.yaml.snakeyaml.Yaml;

/**
 * compose.yaml, .env.example and deploy/kubernetes say what the image and the application
 * expect: Redis's durability flags and password, the probe paths the application serves, the
 * non-root user, a grace period longer than the application's stop, and only variables that are
 * documented and named in .env.example.
 */
class DeploymentFilesTest {
    private static final Path ROOT = Path.of("..");
    private static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern ENV_LINE = Pattern.compile("^#?\\s*([A-Z][A-Z0-9_]*)=", Pattern.MULTILINE);
    private static final Pattern PROPERTY = Pattern.compile("`(watchkeeper\\.[a-z0-9.\\-]+)");
    private static final List<String> REDIS_FLAGS =
            List.of("--appendonly", "yes", "--appendfsync", "everysec", "--maxmemory-policy", "noeviction");
    private static final int UID = 10001;

    @Test
    void composeRedisWritesEverySecondNeverEvictsAndAsksForThePassword() throws IOException {
        List<String> command = strings(path(compose(), "services", "redis", "command"));

        assertThat(command).containsSubsequence(REDIS_FLAGS);
        assertThat(command.get(command.indexOf("--requirepass") + 1)).startsWith("${REDIS_PASSWORD");
        assertThat(string(path(compose(), "services", "watchkeeper", "environment", "WATCHKEEPER_REDIS_URL")))
                .isEqualTo("redis://:${REDIS_PASSWORD}@redis:6379");
    }

    @Test
    void composeChecksTheBotsReadinessAndWaitsLongerThanItsStop() throws IOException {
        Map<String, Object> bot = map(path(compose(), "services", "watchkeeper"));

        assertThat(bot.get("image")).isEqualTo("watchkeeper:latest");
        assertThat(strings(path(bot, "healthcheck", "test")))
                .last()
                .isEqualTo("http://127.0.0.1:8080/actuator/health/readiness");
        assertThat(DurationStyle.detectAndParse(string(bot.get("stop_grace_period"))))
                .isGreaterThan(shutdownPhaseTimeout().multipliedBy(2));
        assertThat(string(path(compose(), "services", "redis", "image"))).isEqualTo("redis:7");
    }

    @Test
    void composeObservabilityProfileMountsThePrometheusAndGrafanaFiles() throws IOException {
        List<String> prometheus = strings(path(compose(), "services", "prometheus", "volumes"));
        List<String> grafana = strings(path(compose(), "services", "grafana", "volumes"));

        assertThat(strings(path(compose(), "services", "prometheus", "profiles")))
                .containsExactly("observability");
        assertThat(prometheus)
                .anyMatch(v -> v.startsWith("./deploy/prometheus/prometheus.yml:"))
                .anyMatch(v -> v.startsWith("./deploy/prometheus/alerts.yml:"));
        assertThat(grafana).anyMatch(v -> v.startsWith("./deploy/grafana/watchkeeper-dashboard.json:"));
        for (String volume : grafana) {
            if (volume.startsWith("./deploy/compose/")) {
                assertThat(ROOT.resolve(volume.substring(2, volume.indexOf(':'))))
                        .isRegularFile();
            }
        }
    }

    @Test
    void everyVariableComposeReadsIsExplainedInTheEnvExample() throws IOException {
        Set<String> used = new HashSet<>();
        Matcher variables = VARIABLE.matcher(Files.readString(ROOT.resolve("compose.yaml")));
        while (variables.find()) {
            used.add(variables.group(1));
        }

        assertThat(used).contains("REDIS_PASSWORD");
        assertThat(envExampleNames()).containsAll(used);
    }

    @Test
    void everyWatchkeeperVariableInTheEnvExampleAndConfigMapIsADocumentedProperty() throws IOException {
        Set<String> documented = new HashSet<>();
        for (String doc : List.of("docs/configuration.md", "docs/redis.md")) {
            Matcher properties = PROPERTY.matcher(Files.readString(ROOT.resolve(doc)));
            while (properties.find()) {
                documented.add(relaxed(properties.group(1)));
            }
        }
        Set<String> named = new HashSet<>(envExampleNames());
        named.addAll(
                stringMap(path(kubernetes("configmap.yaml").getFirst(), "data")).keySet());

        assertThat(named.stream().filter(n -> n.startsWith("WATCHKEEPER_")))
                .isNotEmpty()
                .allSatisfy(name -> assertThat(documented).contains(relaxed(name)));
    }

    @Test
    void kubernetesRunsSeveralNonRootReplicasWithTheApplicationsProbes() throws IOException {
        Map<String, Object> deployment = kind("Deployment");
        Map<String, Object> pod = map(path(deployment, "spec", "template", "spec"));
        Map<String, Object> container = maps(pod.get("containers")).getFirst();

        assertThat((Integer) path(deployment, "spec", "replicas")).isGreaterThanOrEqualTo(2);
        assertThat(path(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
        assertThat(path(pod, "securityContext", "runAsUser")).isEqualTo(UID);
        assertThat(path(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(path(container, "startupProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat(path(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat(path(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
        assertThat(maps(container.get("ports")).getFirst()).containsEntry("containerPort", 8080);
        assertThat(Duration.ofSeconds((Integer) pod.get("terminationGracePeriodSeconds")))
                .isGreaterThan(shutdownPhaseTimeout().multipliedBy(2));
        assertThat(maps(pod.get("volumes"))).extracting(v -> v.get("name")).contains("tmp");
    }

    @Test
    void kubernetesSecretsAndConfigMapReferencesExist() throws IOException {
        Map<String, Object> secret = kubernetes("secret.example.yaml").getFirst();
        Set<String> secretKeys = stringMap(secret.get("stringData")).keySet();
        String secretName = string(path(secret, "metadata", "name"));
        String configMapName = string(path(kind("ConfigMap"), "metadata", "name"));
        List<Map<String, Object>> references = new ArrayList<>();
        for (String kind : List.of("Deployment", "StatefulSet")) {
            for (Map<String, Object> container : maps(path(kind(kind), "spec", "template", "spec", "containers"))) {
                for (Map<String, Object> variable : maps(container.getOrDefault("env", List.of()))) {
                    Object reference = path(variable, "valueFrom", "secretKeyRef");
                    if (reference != null) {
                        references.add(map(reference));
                    }
                }
            }
        }
        Map<String, Object> bot = maps(path(kind("Deployment"), "spec", "template", "spec", "containers"))
                .getFirst();

        assertThat(references).isNotEmpty().allSatisfy(reference -> {
            assertThat(reference.get("name")).isEqualTo(secretName);
            assertThat(secretKeys).contains(string(reference.get("key")));
        });
        assertThat(envExampleNames()).containsAll(secretKeys);
        assertThat(maps(bot.get("envFrom"))).anySatisfy(source -> assertThat(path(source, "configMapRef", "name"))
                .isEqualTo(configMapName));
    }

    @Test
    void kubernetesRedisHasTheComposeFlagsAndEveryListedFileExists() throws IOException {
        Map<String, Object> redis = maps(path(kind("StatefulSet"), "spec", "template", "spec", "containers"))
                .getFirst();
        List<String> args = strings(redis.get("args"));

        assertThat(args).containsSubsequence(REDIS_FLAGS).containsSubsequence("--requirepass", "$(REDIS_PASSWORD)");
        assertThat(strings(kubernetes("kustomization.yaml").getFirst().get("resources")))
                .allSatisfy(file -> assertThat(KUBERNETES.resolve(file)).isRegularFile());
    }

    @Test
    void theApplicationServesTheProbesAndStopsGracefully() throws IOException {
        Map<String, Object> application =
                yaml(Path.of("src/main/resources/application.yml")).getFirst();

        assertThat(path(application, "management", "endpoint", "health", "probes", "enabled"))
                .isEqualTo(true);
        assertThat(path(application, "management", "health", "livenessstate", "enabled"))
                .isEqualTo(true);
        assertThat(path(application, "management", "health", "readinessstate", "enabled"))
                .isEqualTo(true);
        assertThat(path(application, "server", "shutdown")).isEqualTo("graceful");
    }

    private static Duration shutdownPhaseTimeout() throws IOException {
        Map<String, Object> application =
                yaml(Path.of("src/main/resources/application.yml")).getFirst();
        return DurationStyle.detectAndParse(
                string(path(application, "spring", "lifecycle", "timeout-per-shutdown-phase")));
    }

    /** watchkeeper.kb.embedding-cache and WATCHKEEPER_KB_EMBEDDING_CACHE alike: Spring's relaxed form. */
    private static String relaxed(String name) {
        return name.replaceAll("[._\\-]", "").toLowerCase(Locale.ROOT);
    }

    private static Set<String> envExampleNames() throws IOException {
        Set<String> names = new HashSet<>();
        Matcher lines = ENV_LINE.matcher(Files.readString(ROOT.resolve(".env.example")));
        while (lines.find()) {
            names.add(lines.group(1));
        }
        return names;
    }

    private static Map<String, Object> compose() throws IOException {
        return yaml(ROOT.resolve("compose.yaml")).getFirst();
    }

    private static List<Map<String, Object>> kubernetes(String file) throws IOException {
        return yaml(KUBERNETES.resolve(file));
    }

    private static Map<String, Object> kind(String kind) throws IOException {
        try (Stream<Path> files = Files.list(KUBERNETES)) {
            List<Map<String, Object>> found = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                yaml(file).stream().filter(d -> kind.equals(d.get("kind"))).forEach(found::add);
            }
            assertThat(found).as("one %s in deploy/kubernetes", kind).hasSize(1);
            return found.getFirst();
        }
    }

    private static List<Map<String, Object>> yaml(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(Files.readString(file))) {
            if (document != null) {
                documents.add(map(document));
            }
        }
        return documents;
    }

    private static Object path(Object node, String... keys) {
        Object current = node;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return (List<Map<String, Object>>) node;
    }

    private static Map<String, Object> stringMap(Object node) {
        return map(node);
    }

    private static List<String> strings(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return ((List<?>) node).stream().map(String::valueOf).toList();
    }

    private static String string(Object node) {
        assertThat(node).isNotNull();
        return String.valueOf(node);
    }
}
