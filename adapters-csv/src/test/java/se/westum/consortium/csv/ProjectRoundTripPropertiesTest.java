/*
 * Copyright 2026 the consortium library authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except
 * in compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License
 * is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express
 * or implied. See the License for the specific language governing permissions and limitations under
 * the License.
 */
package se.westum.consortium.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.mobility.CategoryGrant;
import se.westum.consortium.domain.mobility.Coordinates;
import se.westum.consortium.domain.mobility.GrantCalculation;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.mobility.MobilityId;
import se.westum.consortium.domain.mobility.MobilityStatus;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.mobility.ParticipantRef;
import se.westum.consortium.domain.mobility.Place;
import se.westum.consortium.domain.mobility.UnitCosts;
import se.westum.consortium.domain.project.ActivityId;
import se.westum.consortium.domain.project.Audit;
import se.westum.consortium.domain.project.FundingProgramme;
import se.westum.consortium.domain.project.GroupId;
import se.westum.consortium.domain.project.GroupKind;
import se.westum.consortium.domain.project.Indicator;
import se.westum.consortium.domain.project.IndicatorId;
import se.westum.consortium.domain.project.MainActivity;
import se.westum.consortium.domain.project.Measurement;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.PartnerRole;
import se.westum.consortium.domain.project.ProgrammeId;
import se.westum.consortium.domain.project.ProgrammeKind;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.project.ProjectStatus;
import se.westum.consortium.domain.project.WorkingGroup;
import se.westum.consortium.domain.shared.DateRange;
import se.westum.consortium.domain.shared.DomainException;
import se.westum.consortium.domain.shared.Money;
import se.westum.consortium.domain.shared.NationalId;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Percentage;
import se.westum.consortium.testing.ProjectLists;

/**
 * The law of the adapter for projects: export, then import, gives back the same programmes,
 * projects with audits, partners, groups, activities, indicators with values, grants and
 * mobilities, in both dialects. The generated datasets are valid: every reference resolves and
 * every mobility's grant can be calculated.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProjectRoundTripPropertiesTest {

  /** Characters that break naive CSV and spreadsheets, and Swedish letters. */
  private static final List<Character> TRICKY =
      "aZ9 \"';,|=+-@#åäöÅÄÖé€§".chars().mapToObj(c -> (char) c).collect(Collectors.toList());

  private static final UnitCosts COSTS = UnitCosts.bundled();
  private static final List<String> RECEIVING = List.of("ES", "DE", "MT", "IT", "PL", "US");

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(CsvDialect.class)
  void export_then_import_gives_back_the_same_project_records(CsvDialect dialect) {
    CsvDatasetWriter writer = CsvDatasets.writer(dialect);
    CsvDatasetReader reader = CsvDatasets.reader(dialect);
    Path folder = dir.resolve(dialect.cliName());
    qt().withExamples(100)
        .forAll(datasets())
        .checkAssert(
            written -> {
              // given
              write(writer, written, folder);

              // when
              ProjectLists read = ProjectLists.of(reader.readProjects(folder));

              // then
              assertThat(read).isEqualTo(written);
            });
  }

  private static void write(CsvDatasetWriter writer, ProjectLists dataset, Path folder) {
    try {
      writer.writeProjects(dataset, folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Gen<ProjectLists> datasets() {
    return lists()
        .of(texts())
        .ofSize(40)
        .zip(
            lists().of(integers().between(0, 99_999)).ofSize(160),
            (texts, numbers) -> new Draws(texts, numbers).dataset());
  }

  private static Gen<String> texts() {
    Gen<String> prefix = Generate.pick(List.of("", "", "=", "+", "-", "@", "'", "'=", "\""));
    Gen<String> body =
        lists()
            .of(Generate.pick(TRICKY))
            .ofSizeBetween(1, 25)
            .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    // the core strips texts; generate them stripped so they compare equal
    return prefix.zip(body, (p, b) -> (p + b).strip()).map(t -> t.isEmpty() ? "x" : t);
  }

  /** Draws texts and numbers in turn, cycling through the generated lists. */
  private static final class Draws {

    private final List<String> texts;
    private final List<Integer> numbers;
    private int text;
    private int number;

    Draws(List<String> texts, List<Integer> numbers) {
      this.texts = texts;
      this.numbers = numbers;
    }

    String text() {
      return texts.get(text++ % texts.size());
    }

    int below(int bound) {
      return numbers.get(number++ % numbers.size()) % bound;
    }

    boolean chance() {
      return below(2) == 0;
    }

    <T> T pick(List<T> values) {
      return values.get(below(values.size()));
    }

    <E extends Enum<E>> E pick(Class<E> type) {
      return pick(List.of(type.getEnumConstants()));
    }

    LocalDate day() {
      return LocalDate.of(2014, 1, 1).plusDays(below(2000));
    }

    /** A decimal of the given scale, negative or not. */
    BigDecimal decimal(int scale, int bound) {
      return BigDecimal.valueOf(below(bound) - bound / 2L, scale);
    }

    ProjectLists dataset() {
      List<FundingProgramme> programmes = new ArrayList<>();
      for (int p = 1 + below(2); p > 0; p--) {
        programmes.add(
            new FundingProgramme(
                new ProgrammeId("PR-" + programmes.size()), text(), pick(ProgrammeKind.class)));
      }
      List<Project> projects = new ArrayList<>();
      List<Partner> partners = new ArrayList<>();
      List<WorkingGroup> groups = new ArrayList<>();
      List<MainActivity> activities = new ArrayList<>();
      List<Indicator> indicators = new ArrayList<>();
      List<MobilityGrant> grants = new ArrayList<>();
      List<Mobility> mobilities = new ArrayList<>();
      for (int p = 1 + below(3); p > 0; p--) {
        Project project = project("PJ-" + projects.size(), pick(programmes).id());
        projects.add(project);
        List<Partner> own = new ArrayList<>();
        for (int n = below(3); n > 0; n--) {
          own.add(partner("PA-" + partners.size() + own.size(), project.id()));
        }
        partners.addAll(own);
        if (chance()) {
          groups.add(group("G-" + groups.size(), project.id()));
        }
        if (!own.isEmpty()) {
          activities.add(
              new MainActivity(
                  new ActivityId("A-" + activities.size()), project.id(), text(), pick(own).id()));
        }
        if (chance()) {
          indicators.add(indicator("I-" + indicators.size(), project.id()));
        }
        if (chance()) {
          MobilityGrant grant = grant(project.id());
          grants.add(grant);
          for (int m = below(4); m > 0; m--) {
            mobility("M-" + mobilities.size(), grant).ifPresent(mobilities::add);
          }
        }
      }
      return new ProjectLists(
          programmes,
          projects,
          partners,
          groups,
          activities,
          indicators,
          grants,
          mobilities,
          List.of());
    }

    Project project(String id, ProgrammeId programme) {
      LocalDate start = day();
      List<Audit> audits = new ArrayList<>();
      for (int a = below(3); a > 0; a--) {
        audits.add(new Audit(day(), text(), text()));
      }
      List<GoalId> goals = new ArrayList<>();
      for (int g = below(4); g > 0; g--) {
        goals.add(new GoalId("G-" + below(3)));
      }
      return new Project(
          new ProjectId(id),
          text(),
          programme,
          new DateRange(start, start.plusDays(below(1500))),
          text(),
          pick(ProjectStatus.class),
          chance() ? Optional.of(day()) : Optional.empty(),
          chance() ? Optional.of(day()) : Optional.empty(),
          audits,
          goals);
    }

    Partner partner(String id, ProjectId project) {
      int kind = below(5);
      NationalId nationalId =
          switch (kind) {
            case 0 -> new NationalId("SE", "802471-6204");
            case 1 -> new NationalId("SE", "212000-1660");
            case 2 -> new NationalId("NO", "944812342");
            case 3 -> new NationalId("DK", "29190925");
            default -> new NationalId("PL", text());
          };
      Optional<OrganisationNumber> member =
          kind == 1 && chance()
              ? Optional.of(OrganisationNumber.parse("212000-1660"))
              : Optional.empty();
      return new Partner(
          new PartnerId(id),
          project,
          text(),
          nationalId,
          pick(PartnerRole.class),
          member,
          chance());
    }

    WorkingGroup group(String id, ProjectId project) {
      List<String> organisations = new ArrayList<>();
      for (int o = below(3); o > 0; o--) {
        // the list separator cannot be part of a name
        String name = text().replace('|', '/').strip();
        organisations.add(name.isEmpty() ? "x" : name);
      }
      List<MeetingId> meetings = new ArrayList<>();
      for (int m = 0; m < below(3); m++) {
        meetings.add(new MeetingId("MT-" + m));
      }
      return new WorkingGroup(
          new GroupId(id), project, text(), pick(GroupKind.class), organisations, meetings);
    }

    Indicator indicator(String id, ProjectId project) {
      BigDecimal baseline = decimal(2, 100_000);
      BigDecimal target = baseline.add(BigDecimal.valueOf(1 + below(5000), 1));
      List<Measurement> measurements = new ArrayList<>();
      LocalDate day = day();
      for (int m = below(4); m > 0; m--) {
        day = day.plusDays(1 + below(200));
        measurements.add(new Measurement(day, decimal(below(4), 100_000)));
      }
      return new Indicator(
          new IndicatorId(id), project, text(), text(), baseline, target, measurements);
    }

    MobilityGrant grant(ProjectId project) {
      List<CategoryGrant> categories = new ArrayList<>();
      List<ParticipantCategory> chosen =
          switch (below(3)) {
            case 0 -> List.of(ParticipantCategory.LEARNER);
            case 1 -> List.of(ParticipantCategory.STAFF);
            default -> List.of(ParticipantCategory.LEARNER, ParticipantCategory.STAFF);
          };
      for (ParticipantCategory category : chosen) {
        categories.add(
            new CategoryGrant(
                category,
                1 + below(300),
                eur(below(99_999)),
                Map.of(1, eur(below(20_000)), 2, eur(below(20_000)), 3, eur(below(20_000)))));
      }
      return new MobilityGrant(
          project,
          Year.of(2014 + below(13)),
          categories,
          new Percentage(BigDecimal.valueOf(below(1001), 1)));
    }

    /** A mobility under the grant, or none when its grant cannot be calculated. */
    Optional<Mobility> mobility(String id, MobilityGrant grant) {
      LocalDate start = day();
      int stay = 1 + below(60);
      Mobility mobility =
          new Mobility(
              new MobilityId(id),
              grant.project(),
              new ParticipantRef("L-" + below(999)),
              pick(grant.categories()).category(),
              place("SE"),
              chance() ? Optional.of(OrganisationNumber.parse("212000-1660")) : Optional.empty(),
              place(pick(RECEIVING)),
              start,
              start.plusDays(stay - 1L),
              below(5),
              chance(),
              chance(),
              below(stay + 1),
              pick(MobilityStatus.class));
      try {
        GrantCalculation.of(COSTS, grant, mobility);
        return Optional.of(mobility);
      } catch (DomainException e) {
        return Optional.empty();
      }
    }

    Place place(String country) {
      return new Place(
          text(),
          text(),
          country,
          new Coordinates(
              BigDecimal.valueOf(below(1800) * 1000L + below(1000) - 900_000L, 4),
              BigDecimal.valueOf(below(3600) * 1000L + below(1000) - 1_800_000L, 4)));
    }

    private static Money eur(int cents) {
      return new Money(BigDecimal.valueOf(cents, 2), Money.currency("EUR"));
    }
  }
}
