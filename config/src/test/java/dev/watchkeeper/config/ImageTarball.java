package dev.watchkeeper.config;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The container image tarball the build wrote ({@code -P image}, or verify on Debian): its
 * manifest, its configuration and its layers, read with the system's {@code tar}.
 */
record ImageTarball(Path file) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The build's tarball; the calling test is skipped, saying why, when the build left it out. */
    static ImageTarball built() {
        assumeFalse(
                Boolean.getBoolean("watchkeeper.image.skip"),
                "the image is built by -P image, or in verify on Linux with dpkg-deb (see docs/deployment.md)");
        Path file = Path.of(System.getProperty("watchkeeper.image.tar", "target/watchkeeper-image.tar"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the build was to write the image tarball, but " + file + " is missing");
        }
        return new ImageTarball(file);
    }

    JsonNode manifest() {
        return JSON.readTree(entry("manifest.json")).get(0);
    }

    /** The image's configuration: {@code config.Entrypoint}, {@code config.User}, … */
    JsonNode configuration() {
        return JSON.readTree(entry(manifest().get("Config").asString()));
    }

    /** The layers' file names, base first. */
    List<String> layers() {
        List<String> layers = new ArrayList<>();
        manifest().get("Layers").forEach(layer -> layers.add(layer.asString()));
        return layers;
    }

    /** A file of the image's file system, from the topmost layer that holds it. */
    Optional<String> fileInImage(String path, Path workDir) {
        List<String> layers = new ArrayList<>(layers());
        java.util.Collections.reverse(layers);
        for (String layer : layers) {
            Path extracted = extract(layer, workDir);
            Result listed = run(List.of("tar", "-xzOf", extracted.toString(), path));
            if (listed.code() == 0) {
                return Optional.of(listed.output());
            }
        }
        return Optional.empty();
    }

    /** Unpacks every layer, in order, into {@code root}: the container's file system. */
    void unpackInto(Path root, Path workDir) {
        for (String layer : layers()) {
            Path extracted = extract(layer, workDir);
            Result unpacked = run(List.of("tar", "-xzf", extracted.toString(), "-C", root.toString()));
            if (unpacked.code() != 0) {
                throw new IllegalStateException("cannot unpack layer " + layer + ": " + unpacked.output());
            }
        }
    }

    private Path extract(String name, Path workDir) {
        Path target = workDir.resolve(name);
        if (!Files.exists(target)) {
            Result extracted = run(List.of("tar", "-xf", file.toString(), "-C", workDir.toString(), name));
            if (extracted.code() != 0) {
                throw new IllegalStateException("cannot read " + name + " from " + file + ": " + extracted.output());
            }
        }
        return target;
    }

    private String entry(String name) {
        Result read = run(List.of("tar", "-xOf", file.toString(), name));
        if (read.code() != 0) {
            throw new IllegalStateException("cannot read " + name + " from " + file + ": " + read.output());
        }
        return read.output();
    }

    record Result(int code, String output) {}

    static Result run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
