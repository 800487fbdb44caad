package dev.ingest.adapter.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard as the browser tests read it: its tables' cells, its charts' state, its refreshes, screenshots. */
final class DashboardPage {

    static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver browser;

    DashboardPage(ChromeDriver browser) {
        this.browser = browser;
    }

    /** The table's cells as shown, read in one script: the page re-renders its tables at every refresh. */
    @SuppressWarnings("unchecked")
    List<List<String>> rows(String table) {
        return (List<List<String>>) script("return Array.from("
                + "document.querySelectorAll('#' + arguments[0] + ' tbody tr'), "
                + "row => Array.from(row.cells, cell => cell.textContent));", table);
    }

    /** The table's column headers. */
    @SuppressWarnings("unchecked")
    List<String> headers(String table) {
        return (List<String>) script("return Array.from(document.querySelectorAll('#' + arguments[0] + ' thead th'), "
                + "cell => cell.textContent);", table);
    }

    /** How many of the canvas's pixels are not transparent: a chart was drawn on it. */
    long paintedPixels(String canvas) {
        return (Long) script("const c = document.getElementById(arguments[0]);"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + "for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n;", canvas);
    }

    /** A JavaScript expression on the canvas's Chart.js chart, e.g. {@code data.datasets.length}. */
    Object chart(String canvas, String expression) {
        return script("return Chart.getChart(arguments[0])." + expression + ";", canvas);
    }

    /** The x axis's tick labels as drawn (after Chart.js skipped those that would overlap). */
    @SuppressWarnings("unchecked")
    List<String> xTickLabels(String canvas) {
        return (List<String>) script("const x = Chart.getChart(arguments[0]).scales.x;"
                + "return x.ticks.map(t => String(t.label));", canvas);
    }

    int refreshes() {
        String count = browser.findElement(By.tagName("body")).getAttribute("data-refreshes");
        return count == null ? 0 : Integer.parseInt(count);
    }

    void awaitRefreshes(int count) {
        new WebDriverWait(browser, WAIT).until(page -> refreshes() >= count);
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
