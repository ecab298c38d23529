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
 * Chromium: Denmark and the United Kingdom conflict on sovereignty as a standalone rule, so the
 * cells are marked, the quote is one click away and the graph joins them. Screenshots go
 * to {@code target/screenshots/}.
 */
class ViewsBrowserIT {

    private static final String QUESTION = "sovereignty-standalone-rule";

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
        browser.get(base + "compare?states=DNK,GBR");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Compare States' doctrines");
        assertThat(browser.findElements(By.cssSelector("table.compare th a")).stream().map(WebElement::getText))
                .contains("Denmark", "United Kingdom");
        WebElement row = browser.findElement(By.cssSelector("tr[data-question$='/" + QUESTION + "']"));
        WebElement denmark = row.findElement(By.cssSelector("td[data-state$='/state/DNK']"));
        assertThat(denmark.getAttribute("class")).isEqualTo("conflict");
        assertThat(denmark.getCssValue("background-color")).isEqualTo("rgba(246, 201, 201, 1)");
        assertThat(row.findElement(By.cssSelector("td.verdict")).getText()).isEqualTo("conflict");

        WebElement quote = denmark.findElement(By.tagName("blockquote"));
        assertThat(quote.isDisplayed()).as("the quote waits behind its summary").isFalse();
        denmark.findElement(By.tagName("summary")).click();
        assertThat(quote.isDisplayed()).isTrue();
        assertThat(quote.getText()).contains("sovereignty is not only a principle but a primary rule");
        WebElement britain = row.findElement(By.cssSelector("td[data-state$='/state/GBR']"));
        britain.findElement(By.tagName("summary")).click();
        assertThat(britain.findElement(By.tagName("blockquote")).getText()).contains("The general concept of sovereignty, by itself, does not provide");
        BrowserIT.screenshot(browser, "compare-DNK-GBR.png");

        denmark.findElement(By.cssSelector("a.position")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/id/position/DNK/" + QUESTION);
        assertThat(browser.findElement(By.cssSelector("ul.citations blockquote")).getText())
                .contains("sovereignty is not only a principle but a primary rule");
    }

    @Test
    void theMatrixCellLeadsToThePosition() throws IOException {
        browser.get(base + "matrix");
        WebElement svg = browser.findElement(By.cssSelector("div.heatmap svg"));
        assertThat(svg.isDisplayed()).isTrue();
        assertThat(svg.findElements(By.cssSelector("text.state")).stream().map(WebElement::getText))
                .contains("Denmark", "United Kingdom");
        WebElement cell = svg.findElement(By.cssSelector("rect.conflict[data-position$='/position/DNK/" + QUESTION + "']"));
        assertThat(cell.isDisplayed()).isTrue();
        assertThat(cell.getAttribute("stroke")).isEqualTo("#c00000");
        BrowserIT.screenshot(browser, "matrix.png");
        cell.click();
        assertThat(browser.getCurrentUrl()).endsWith("/id/position/DNK/" + QUESTION);
    }

    @Test
    void theConflictGraphJoinsDenmarkAndTheUnitedKingdom() throws IOException {
        browser.get(base + "conflicts");
        WebElement svg = browser.findElement(By.cssSelector("div.graph svg"));
        assertThat(svg.findElements(By.cssSelector("g.holder text")).stream().map(WebElement::getText))
                .contains("Denmark", "United Kingdom");
        WebElement edge = svg.findElement(By.cssSelector("g.edge[data-holders*='/state/DNK '][data-holders$='/state/GBR']"));
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
