package dev.watchkeeper.shield.model;

import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.shield.ShieldFactory;
import dev.watchkeeper.shield.ShieldOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Trains the shipped models on the bundled training data and writes them into a folder (the
 * build runs this right after compiling the shield module, into its classes folder). Usage:
 * {@code ShieldModelBuild OUTPUT_FOLDER}.
 */
public final class ShieldModelBuild {
    private ShieldModelBuild() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]).resolve("dev/watchkeeper/shield/model");
        Files.createDirectories(folder);
        ScamShield inspector = ShieldFactory.inspectorShield(ShieldOptions.defaults());
        ShieldTraining.Trained trained = new ShieldTraining(ShieldTraining.inspector(inspector))
                .train(BundledModels.realSamples(), BundledModels.writtenSamples());
        try (OutputStream out = Files.newOutputStream(folder.resolve("text-model.bin"))) {
            trained.text().write(out);
        }
        Files.writeString(
                folder.resolve("evidence-model.properties"),
                trained.combination().format(),
                StandardCharsets.UTF_8);
    }
}
