package org.cybernorms.cen.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.BrowserIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A student's file whose label, title, locator, quote and qualification hold
 * {@code <script>}, an {@code onerror=} attribute and an attribute break-out
 * ({@link ThreatServer#CASE}): every HTML page (and SVG view) that shows them sends them
 * escaped, and in headless Chromium none of the payloads runs: the window flag stays
 * unset and the title is not changed.
 */
class XssBrowserIT {

    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        base = ThreatServer.get().url();
        browser = BrowserIT.chromium(Files.createTempDirectory("cen-issue-8-chromium"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    static List<String> pages() {
        String id = CEN.ID;
        return List.of(
                "?home",
                "states",
                "questions",
                "norms",
                "cases",
                "id/" + ThreatServer.STATE.substring(id.length()),
                "id/" + ThreatServer.POSITION.substring(id.length()),
                "id/" + ThreatServer.CITATION.substring(id.length()),
                "id/" + ThreatServer.SOURCE.substring(id.length()),
                "id/question/countermeasures-apply-to-cyber",
                "id/question/countermeasures-apply-to-cyber/no",
                "compare?states=" + enc(ThreatServer.STATE) + "," + "DNK",
                "conflicts",
                "matrix",
                "queries",
                "queries/positions-on-question?question=countermeasures-apply-to-cyber",
                "queries/provenance?resource=" + enc(ThreatServer.POSITION),
                "queries/holders-of-answer?answer=countermeasures-apply-to-cyber/no");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void markupInTheDataIsShownAsTextAndNeverRuns(String page) throws IOException {
        HttpResponse<String> response = Web.get(base + page, "text/html");
        String body = response.body();
        Bodies.assertNoStackTrace(response);
        if (response.statusCode() == 200) {
            assertThat(body).as(page).doesNotContain(ThreatServer.SCRIPT).doesNotContain("<img src=x")
                    .doesNotContain("<svg onload").doesNotContain("onerror=\"window");
        }

        browser.get(base + page);
        Object flag = browser.executeScript("return typeof window." + ThreatServer.FLAG + ";");
        assertThat(flag).as(page + ": no payload ran").isEqualTo("undefined");
        assertThat(browser.getTitle()).as(page).isNotEqualTo("pwned");
        BrowserIT.screenshot(browser, "issue-8-xss-" + page.replaceAll("[^A-Za-z0-9]+", "-") + ".png");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void thePagesThatShowTheStudentsThingsShowThePayloadAsText(String page) {
        if (!page.startsWith("id/") || page.startsWith("id/question")) {
            return;
        }
        browser.get(base + page);
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text).as(page).containsAnyOf(ThreatServer.SCRIPT, ThreatServer.IMG, ThreatServer.ATTR);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
