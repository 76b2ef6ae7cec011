package se.westum.consortium.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoCommandTest {

  @Test
  void demo_prints_the_seed_reports_membership_figures_for_2016() {
    // when
    Cli.Result result = Cli.run("demo");

    // then
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Membership figures for 2016")
        .containsPattern("Paying members: +31\\R")
        .containsPattern("Municipalities covered: +39\\R")
        .contains("39 of 55 municipalities in Västra Götaland and Halland");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void demo_reports_what_it_imported() {
    // when
    Cli.Result result = Cli.run("demo");

    // then
    assertThat(result.out()).contains("34 members", "67 fees", "67 payments");
  }

  @Test
  void demo_leaves_nothing_behind_so_a_second_run_starts_afresh() {
    // given
    Cli.run("demo");

    // when
    Cli.Result second = Cli.run("demo");

    // then every member is new again: the in-memory database was dropped after the first run
    assertThat(second.out()).contains("34 members (34 new)");
  }
}
