package dev.watchkeeper.config.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real Chromium, headless, driven by its ChromeDriver, both found on the PATH (Debian's
 * {@code chromium} and {@code chromium-driver}; the build installs them when it can, see
 * {@code .ci/install-browser}). Started with no network beyond the loopback and a fresh profile.
 */
final class HeadlessChrome {
    private HeadlessChrome() {}

    /** A new browser; the caller quits it. Fails with what to install when none is found. */
    static ChromeDriver start() {
        Path browser = onPath("chromium", "chromium-browser", "google-chrome")
                .orElseThrow(
                        () -> new IllegalStateException(
                                "No Chromium on the PATH: install Debian's chromium and chromium-driver (.ci/install-browser)"));
        Path driver = onPath("chromedriver")
                .orElseThrow(() -> new IllegalStateException(
                        "No chromedriver on the PATH: install Debian's chromium-driver (.ci/install-browser)"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    /** Saves what the browser shows as a PNG. */
    static void screenshot(ChromeDriver chrome, Path file) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        File shot = chrome.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static Optional<Path> onPath(String... names) {
        String path = System.getenv().getOrDefault("PATH", "");
        List<String> dirs = List.of(path.split(File.pathSeparator));
        return Stream.of(names)
                .flatMap(name -> dirs.stream().map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
