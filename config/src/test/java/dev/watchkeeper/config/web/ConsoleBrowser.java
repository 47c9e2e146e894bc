package dev.watchkeeper.config.web;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test of the console does the same way, without racing the page: signing in
 * (the next request waits for the signed-in page, whose response carries the new session) and
 * clicking a control that a live update may have just replaced (found again and clicked).
 */
final class ConsoleBrowser {
    private static final Duration WAIT = Duration.ofSeconds(15);

    private ConsoleBrowser() {}

    /** Opens the link's page, presses Sign in, and waits for the console's first page. */
    static void signIn(WebDriver browser, String base, String token) {
        browser.get(base + "/console/sign-in?token=" + token);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().endsWith("/console")
                        && !d.findElements(By.cssSelector("header.top form.who"))
                                .isEmpty());
    }

    /** Clicks the control, finding it again when a live update replaced it meanwhile. */
    static void click(WebDriver browser, By control) {
        new WebDriverWait(browser, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(control).click();
                    return true;
                });
    }
}
