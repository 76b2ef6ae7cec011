package se.westum.consortium.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EmbeddingExampleTest {

  @TempDir Path directory;

  @Test
  void the_readmes_embedding_example_imports_a_dataset_and_counts_the_paying_members()
      throws Exception {
    // given
    Path dataset = Datasets.westum2016(directory, "westum-2016");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream standardOut = System.out;

    // when
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      EmbeddingExample.main(new String[] {dataset.toString()});
    } finally {
      System.setOut(standardOut);
    }

    // then
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("Imported 34 members. In 2016, 31 paying members covered 39 municipalities.");
  }
}
