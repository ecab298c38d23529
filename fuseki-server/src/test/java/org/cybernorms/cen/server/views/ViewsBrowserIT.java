package org.cybernorms.cen.server.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cybernorms.cen.server.BrowserIT;
import org.cybernorms.cen.server.SharedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a researcher sees on the comparison, matrix and conflict pages, in headless
 * Chromium: Denmark and Israel conflict on prior notification of countermeasures, so the
 * cells are marked, the quote is one click away and the graph joins them. Screenshots go
 * to {@code target/screenshots/}.
 */
class ViewsBrowserIT {

    private static final String QUESTION = "countermeasures-prior-notification";

    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        base = SharedServer.get().url();
        browser = BrowserIT.chromium(Files.createTempDirectory("cen-chromium-views"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void compareMarksTheConflictAndOpensTheQuote() throws IOException {
        browser.get(base + "compare?states=DNK,ISR");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Compare States' doctrines");
        assertThat(browser.findElements(By.cssSelector("table.compare th a")).stream().map(WebElement::getText))
                .contains("Denmark", "Israel");
        WebElement row = browser.findElement(By.cssSelector("tr[data-question$='/" + QUESTION + "']"));
        WebElement denmark = row.findElement(By.cssSelector("td[data-state$='/state/DNK']"));
        assertThat(denmark.getAttribute("class")).isEqualTo("conflict");
        assertThat(denmark.getCssValue("background-color")).isEqualTo("rgba(246, 201, 201, 1)");
        assertThat(row.findElement(By.cssSelector("td.verdict")).getText()).isEqualTo("conflict");

        WebElement quote = denmark.findElement(By.tagName("blockquote"));
        assertThat(quote.isDisplayed()).as("the quote waits behind its summary").isFalse();
        denmark.findElement(By.tagName("summary")).click();
        assertThat(quote.isDisplayed()).isTrue();
        assertThat(quote.getText()).contains("Denmark insists on prior notification before countermeasures");
        WebElement israel = row.findElement(By.cssSelector("td[data-state$='/state/ISR']"));
        israel.findElement(By.tagName("summary")).click();
        assertThat(israel.findElement(By.tagName("blockquote")).getText()).contains("Israel argues that pre-notification");
        BrowserIT.screenshot(browser, "compare-DNK-ISR.png");

        denmark.findElement(By.cssSelector("a.position")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/id/position/DNK/" + QUESTION);
        assertThat(browser.findElement(By.cssSelector("ul.citations blockquote")).getText())
                .contains("Denmark insists on prior notification");
    }

    @Test
    void theMatrixCellLeadsToThePosition() throws IOException {
        browser.get(base + "matrix");
        WebElement svg = browser.findElement(By.cssSelector("div.heatmap svg"));
        assertThat(svg.isDisplayed()).isTrue();
        assertThat(svg.findElements(By.cssSelector("text.state")).stream().map(WebElement::getText))
                .contains("Denmark", "Israel");
        WebElement cell = svg.findElement(By.cssSelector("rect.conflict[data-position$='/position/DNK/" + QUESTION + "']"));
        assertThat(cell.isDisplayed()).isTrue();
        assertThat(cell.getAttribute("stroke")).isEqualTo("#c00000");
        BrowserIT.screenshot(browser, "matrix.png");
        cell.click();
        assertThat(browser.getCurrentUrl()).endsWith("/id/position/DNK/" + QUESTION);
    }

    @Test
    void theConflictGraphJoinsDenmarkAndIsrael() throws IOException {
        browser.get(base + "conflicts");
        WebElement svg = browser.findElement(By.cssSelector("div.graph svg"));
        assertThat(svg.findElements(By.cssSelector("g.holder text")).stream().map(WebElement::getText))
                .contains("Denmark", "Israel");
        WebElement edge = svg.findElement(By.cssSelector("g.edge[data-holders*='/state/DNK '][data-holders$='/state/ISR']"));
        // Drawn, with a length on screen: isDisplayed() would call a level line (a box of zero
        // height, as the circle layout gives for some sets of holders) hidden.
        Object extent = browser.executeScript(
                "const box = arguments[0].getBoundingClientRect(); return box.width + box.height;",
                edge.findElement(By.tagName("line")));
        assertThat(((Number) extent).doubleValue()).isGreaterThan(100);
        assertThat(edge.findElement(By.cssSelector("text.question")).getText()).isEqualTo(QUESTION);
        BrowserIT.screenshot(browser, "conflicts.png");
    }
}
