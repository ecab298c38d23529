package org.cybernorms.cen.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page type of the front door in headless Chromium: it shows what it should (the
 * screenshots under {@code target/screenshots/} are for people to look at), and axe-core,
 * the maintained accessibility checker ({@link Axe}), finds no
 * serious or critical violation on it.
 */
class ProfilesBrowserIT {

    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        base = SharedServer.get().url();
        browser = BrowserIT.chromium(Files.createTempDirectory("cen-profiles-chromium"));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "home, '', CEN-KG: the Cyber Election Norms Knowledge Graph",
        "states, states, States and other holders",
        "questions, questions, Legal questions",
        "norms, norms, Norms",
        "cases, cases, 'Cases: operations and responses'",
        "state, id/state/DNK, Denmark",
        "question, id/question/countermeasures-prior-notification, Must the injured State notify the responsible State before taking countermeasures?",
        "norm, id/norm/oxford-2020/2a, Duty to refrain from interfering with balloting or verifying (Oxford Statement 2(a))",
        "operation, id/operation/dnc-2016, DNC e-mail intrusion and leak (2016)",
        "response, id/response/us-response-russia-2016, US response to Russian cyber meddling"})
    void eachPageTypeShowsItsHeadingAndPassesAxe(String name, String path, String heading) throws IOException {
        browser.get(base + path);
        if (heading != null) {
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
        }
        BrowserIT.screenshot(browser, "front-" + name + ".png");
        assertNoSeriousAccessibilityViolation(name);
    }

    @Test
    void theWorldMapNamesEachCountryWithItsAnswerAndLinksTheStates() throws IOException {
        // Sovereignty: the question most States answer, with the United Kingdom against the rest.
        browser.get(base + "id/question/sovereignty-standalone-rule");
        WebElement denmark = browser.findElement(By.cssSelector("svg.worldmap a[href='/id/state/DNK']"));
        assertThat(denmark.getAttribute("aria-label")).isEqualTo("Denmark: Yes");
        assertThat(browser.findElement(By.cssSelector("svg.worldmap path[data-iso='GBR'] title")).getAttribute("textContent"))
                .isEqualTo("United Kingdom: No");
        assertThat(browser.findElements(By.cssSelector("svg.worldmap circle.marker"))).hasSizeGreaterThanOrEqualTo(2);
        Object width = browser.executeScript("return document.querySelector('svg.worldmap').getBoundingClientRect().width;");
        assertThat(((Number) width).doubleValue()).as("the map fills the column").isGreaterThan(600);
        assertThat(browser.findElement(By.cssSelector("ul.map-legend")).getText()).contains("no position recorded")
                .contains("No (1)");
        BrowserIT.screenshot(browser, "front-question-map.png");
        browser.get(base + "id/question/countermeasures-apply-to-cyber");
        int drawn = browser.findElements(By.cssSelector("svg.worldmap circle.marker")).size();
        int undrawn = browser.findElements(By.cssSelector("p.undrawn a")).size();
        assertThat(drawn + undrawn).isGreaterThanOrEqualTo(5);
        BrowserIT.screenshot(browser, "front-question-map-countermeasures.png");
    }

    @Test
    void theSparqlEditorIsOneClickFromTheHomePageAndAnswers() throws IOException {
        browser.get(base);
        browser.findElement(By.linkText("SPARQL editor")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(
                d -> d.findElements(By.cssSelector(".CodeMirror, .yasqe")).size() > 0);
        assertThat(browser.getCurrentUrl()).contains("/sparql-editor/#/dataset/cen/query");
        // Its query runs against the served dataset (through the redirect of its API calls).
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(
                d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() > 0);
        BrowserIT.screenshot(browser, "front-sparql-editor.png");
    }

    private static void assertNoSeriousAccessibilityViolation(String page) {
        Axe.assertNoSeriousViolation(browser, page);
    }
}
