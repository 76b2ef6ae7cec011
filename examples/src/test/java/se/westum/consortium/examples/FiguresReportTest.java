package se.westum.consortium.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FiguresReportTest {

  @Test
  void names_are_joined_with_commas_and_a_final_and() {
    // expect
    assertThat(FiguresReport.joined(List.of())).isEmpty();
    assertThat(FiguresReport.joined(List.of("Halland"))).isEqualTo("Halland");
    assertThat(FiguresReport.joined(List.of("Västra Götaland", "Halland")))
        .isEqualTo("Västra Götaland and Halland");
    assertThat(FiguresReport.joined(List.of("Skåne", "Halland", "Västra Götaland")))
        .isEqualTo("Skåne, Halland and Västra Götaland");
  }
}
