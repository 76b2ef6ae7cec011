package se.westum.consortium.report;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.westum.consortium.domain.report.ReportLanguage;

class Scratch {
  @Test
  void dump() throws Exception {
    var doc = SampleDocuments.sample(ReportLanguage.SV);
    Files.writeString(Path.of("target/sample.html"), Rendering.html(doc));
    Files.writeString(Path.of("target/sample.md"), Rendering.markdown(doc));
    Files.write(Path.of("target/sample.json"), Rendering.JSON.json(doc));
    Files.write(Path.of("target/sample.pdf"), Rendering.pdf(doc));
  }
}
