package dev.xreport.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page links to the deliverables beside it; the output's index lists every file with its size and SHA-256. */
class DownloadsTest {

    @Test
    void thePageLinksToEveryDeliverableBesideItAndTheIndexListsThem(@TempDir Path out) throws Exception {
        Result r = new Generator(line -> { }).generate(Request.defaults(out));
        assertThat(r.exitCode()).isZero();
        Path folder = out.resolve("webank-2022");
        String html = Files.readString(folder.resolve("webank-2022.html"));
        Matcher m = Pattern.compile("<ul class=\"downloads\">(.*?)</ul>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        Matcher link = Pattern.compile("href=\"([^\"]+)\"").matcher(m.group(1));
        int links = 0;
        while (link.find()) {
            assertThat(folder.resolve(link.group(1))).as(link.group(1)).isRegularFile();
            links++;
        }
        assertThat(links).isEqualTo(7);

        String index = Files.readString(out.resolve("index.html"));
        List<Path> files;
        try (var walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            String rel = out.relativize(f).toString();
            assertThat(index).contains("href=\"" + rel + "\"").contains(OutputIndex.sha256(f))
                    .contains(String.format("%,d", Files.size(f)));
        }
        assertThat(index).contains("webank-2022.xlsx", "webank-2022.pdf", "webank-2022.xbrl", "webank-2022.xhtml", "webank-2022.zip");
    }
}
