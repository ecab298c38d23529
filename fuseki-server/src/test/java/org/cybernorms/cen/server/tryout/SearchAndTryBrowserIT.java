package org.cybernorms.cen.server.tryout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.cybernorms.cen.server.Axe;
import org.cybernorms.cen.server.BrowserIT;
import org.cybernorms.cen.server.RunningServer;
import org.cybernorms.cen.server.ServeOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code /search} and {@code /try} as a researcher uses them, in headless Chromium: the
 * results grouped by kind, the form with its worked example, the answer page with the
 * explanations and quotes, an error with its line, a file uploaded through the form (the
 * browser's own multipart body); axe-core finds no serious or critical violation on any
 * of them; and markup in a tried case's labels, titles and quotes is shown as text, never
 * run. Screenshots go to {@code target/screenshots/}. Its own server, with a time limit
 * long enough for a loaded machine.
 */
class SearchAndTryBrowserIT {

    private static final String FLAG = "cenTriedCasePwned";

    private static RunningServer server;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        server = RunningServer.start(ServeOptions.defaults().withPort(0).withTimeout(Duration.ofSeconds(60)));
        base = server.url();
        // The first try waits for the knowledge base /try reasons with, prepared after start-up.
        assertThat(TryCaseIT.post(server, TryCaseIT.example(), "text/turtle").statusCode()).isEqualTo(200);
        browser = BrowserIT.chromium(Files.createTempDirectory("cen-chromium-try"));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void searchGroupsResultsByKindAndLinksThem() throws IOException {
        browser.get(base + "search");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Search");
        Axe.assertNoSeriousViolation(browser, "search form");
        WebElement box = browser.findElement(By.cssSelector("input[name=q]"));
        box.sendKeys("prior notification");
        box.submit();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("q=prior"));
        assertThat(browser.findElements(By.tagName("h2")).stream().map(WebElement::getText))
                .anyMatch(h -> h.startsWith("Positions"));
        assertThat(browser.findElements(By.cssSelector("a[href='/id/position/DNK/countermeasures-prior-notification']")))
                .isNotEmpty();
        BrowserIT.screenshot(browser, "search-prior-notification.png");
        Axe.assertNoSeriousViolation(browser, "search results");
        browser.findElement(By.cssSelector("a[href='/id/position/DNK/countermeasures-prior-notification']")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/id/position/DNK/countermeasures-prior-notification");
    }

    @Test
    void theWorkedExampleIsReasonedAndExplainedDownToItsQuote() throws IOException {
        browser.get(base + "try");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Try a case");
        assertThat(browser.findElement(By.id("case")).getAttribute("value")).contains("example-registry-manipulation");
        BrowserIT.screenshot(browser, "try-form.png");
        Axe.assertNoSeriousViolation(browser, "try form");

        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        awaitAnswerPage();
        assertThat(browser.findElement(By.cssSelector("p[role=status]")).getText()).contains("conclusions follow with your case");
        assertThat(browser.findElements(By.tagName("h2")).stream().map(WebElement::getText))
                .anyMatch(h -> h.startsWith("Attributions, official and alleged"))
                .anyMatch(h -> h.startsWith("Norm assessments"));
        WebElement why = browser.findElements(By.cssSelector("details")).stream()
                .filter(d -> d.getText().contains("by a rule") || d.getAttribute("textContent").contains("altered entries"))
                .findFirst().orElseThrow();
        why.findElement(By.tagName("summary")).click();
        assertThat(why.getText()).isNotBlank();
        assertThat(browser.getPageSource()).contains("The service altered entries in the voter registry.");
        BrowserIT.screenshot(browser, "try-answer.png");
        Axe.assertNoSeriousViolation(browser, "try answer");
    }

    @Test
    void aSyntaxErrorIsShownWithItsLine() throws IOException {
        browser.get(base + "try");
        setCase("@prefix cen: <https://w3id.org/cyber-election-norms/ontology#> .\n\n<a> nosuch:x <b> .\n");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        awaitAnswerPage();
        assertThat(browser.findElement(By.cssSelector("section.errors")).getText()).contains("TURTLE_SYNTAX").contains("line 3");
        BrowserIT.screenshot(browser, "try-syntax-error.png");
        Axe.assertNoSeriousViolation(browser, "try error");
    }

    @Test
    void aFileUploadedThroughTheFormIsReasoned() throws IOException {
        Path file = Files.createTempFile("cen-case-", ".ttl");
        Files.writeString(file, TryCaseIT.example().replace("Example State A", "Uploaded State A"), StandardCharsets.UTF_8);
        browser.get(base + "try");
        setCase("");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        awaitAnswerPage();
        assertThat(browser.findElement(By.cssSelector("p[role=status]")).getText()).contains("conclusions follow with your case");
        assertThat(browser.findElement(By.id("case")).getAttribute("value")).contains("Uploaded State A");
        BrowserIT.screenshot(browser, "try-uploaded.png");
    }

    @Test
    void markupInATriedCasesLabelsIsShownAsTextAndNeverRuns() throws IOException {
        String script = "<script>window." + FLAG + "=1;document.title='pwned'</script>";
        String image = "<img src=x onerror=\\\"window." + FLAG + "=2\\\">";
        String breakOut = "\\\"><svg onload=\\\"window." + FLAG + "=3\\\">";
        String hostile = TryCaseIT.example()
                .replace("\"Example State A\"@en", "\"" + script + "\"@en")
                .replace("\"Intelligence service of Example State A\"@en", "\"" + image + "\"@en")
                .replace("\"Manipulation of Example State B's voter registry\"@en", "\"" + breakOut + "\"@en")
                .replace("\"para. 1\"", "\"" + script + "\"")
                .replace("\"The service altered entries in the voter registry.\"", "\"" + image + " " + script + "\"")
                .replace("\"Example State B, report on the registry incident\"", "\"" + breakOut + "\"");
        browser.get(base + "try");
        setCase(hostile);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        awaitAnswerPage();
        assertThat(browser.findElement(By.cssSelector("p[role=status]")).getText()).contains("conclusions follow with your case");
        // Every explanation open, so that the quotes, titles and locators are rendered.
        browser.findElements(By.tagName("summary")).forEach(WebElement::click);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("<script>window." + FLAG);
        assertThat(browser.executeScript("return typeof window." + FLAG + ";")).isEqualTo("undefined");
        assertThat(browser.getTitle()).isNotEqualTo("pwned");
        assertThat(browser.findElements(By.cssSelector("main script, main img, main svg[onload]"))).isEmpty();
        BrowserIT.screenshot(browser, "try-hostile-labels.png");

        // The same markup where an error message quotes the case.
        browser.get(base + "try");
        setCase(hostile + "\n<state/example-state-a> a cen:Person .\n");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        awaitAnswerPage();
        assertThat(browser.findElement(By.cssSelector("section.errors")).getText()).contains("INCONSISTENT_DATA");
        assertThat(browser.executeScript("return typeof window." + FLAG + ";")).isEqualTo("undefined");
        assertThat(browser.getTitle()).isNotEqualTo("pwned");
    }

    /** Puts the text in the form's case field as a paste would (typing 50 lines key by key is slow). */
    private static void setCase(String text) {
        browser.executeScript("document.getElementById('case').value = arguments[0];", text);
    }

    /** Waits for the answer page; the form's page may be replaced between finding and reading. */
    private static void awaitAnswerPage() {
        new WebDriverWait(browser, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().equals("Your case"));
    }
}
