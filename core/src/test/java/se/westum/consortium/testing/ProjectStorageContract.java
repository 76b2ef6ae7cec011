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
package se.westum.consortium.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.westum.consortium.testing.ProjectFixtures.EPLUS;
import static se.westum.consortium.testing.ProjectFixtures.activity;
import static se.westum.consortium.testing.ProjectFixtures.erasmus;
import static se.westum.consortium.testing.ProjectFixtures.erasmusProject;
import static se.westum.consortium.testing.ProjectFixtures.grant;
import static se.westum.consortium.testing.ProjectFixtures.group;
import static se.westum.consortium.testing.ProjectFixtures.indicator;
import static se.westum.consortium.testing.ProjectFixtures.learnerToHamburg;
import static se.westum.consortium.testing.ProjectFixtures.westum;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.in.BudgetConsumption;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.application.port.out.Storage;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.governance.Goal;
import se.westum.consortium.domain.governance.GoalId;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.mobility.CategoryConsumption;
import se.westum.consortium.domain.mobility.CategoryGrant;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityGrant;
import se.westum.consortium.domain.mobility.MobilityId;
import se.westum.consortium.domain.mobility.MobilityStatus;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.mobility.UnitCosts;
import se.westum.consortium.domain.mobility.internal.ConsumptionCount;
import se.westum.consortium.domain.project.Project;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.project.ProjectStatus;
import se.westum.consortium.domain.shared.NotFoundException;

/**
 * The contract of the project and mobility storage ports, written once and run by every
 * implementation. An implementation extends this class and returns a fresh, empty storage.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class ProjectStorageContract {

  /** A storage with no records, fresh for each test. */
  protected abstract Storage emptyStorage();

  private static Storage withProject(Storage storage) {
    storage.programmes().save(erasmus());
    storage.projects().save(erasmusProject());
    return storage;
  }

  @Test
  void a_project_is_stored_whole_with_its_audits_and_deadlines() {
    Storage storage = withProject(emptyStorage());
    assertThat(storage.projects().find(EPLUS)).contains(erasmusProject());
    assertThat(storage.programmes().all()).containsExactly(erasmus());
  }

  @Test
  void a_project_is_stored_with_its_goals_in_order_and_saved_again_with_others() {
    // given
    Storage storage = emptyStorage();
    GoalId first = new GoalId("2016-I");
    GoalId second = new GoalId("2016-II");
    storage.goals().save(new Goal(first, Year.of(2016), "I", "Strategisk kompetensförsörjning"));
    storage.goals().save(new Goal(second, Year.of(2016), "II", "Flexibel leverans"));
    storage.programmes().save(erasmus());
    Project linked = withGoals(erasmusProject(), second, first);
    storage.projects().saveAll(List.of(linked));

    // when
    Project stored = storage.projects().find(EPLUS).orElseThrow();
    Saved again = storage.projects().saveAll(List.of(linked));
    storage.projects().save(withGoals(linked, first));

    // then
    assertThat(stored).isEqualTo(linked);
    assertThat(stored.goals()).containsExactly(second, first);
    assertThat(again).isEqualTo(new Saved(0, 0, 1));
    assertThat(storage.projects().all()).singleElement().isEqualTo(withGoals(linked, first));
  }

  private static Project withGoals(Project p, GoalId... goals) {
    return new Project(
        p.id(),
        p.name(),
        p.programme(),
        p.period(),
        p.coordinator(),
        p.status(),
        p.applicationDeadline(),
        p.finalReportDeadline(),
        p.audits(),
        List.of(goals));
  }

  @Test
  void saving_a_project_again_replaces_its_status_and_audits() {
    // given
    Storage storage = withProject(emptyStorage());
    Project closing = erasmusProject().movedTo(ProjectStatus.CLOSING);
    Project withoutAudits =
        new Project(
            closing.id(),
            closing.name(),
            closing.programme(),
            closing.period(),
            closing.coordinator(),
            closing.status(),
            closing.applicationDeadline(),
            closing.finalReportDeadline(),
            List.of(),
            List.of());

    // when
    storage.projects().save(withoutAudits);

    // then
    assertThat(storage.projects().find(EPLUS)).contains(withoutAudits);
    assertThat(storage.projects().all()).hasSize(1);
  }

  @Test
  void saving_records_again_counts_what_is_new_changed_and_unchanged_and_rewrites_only_changes() {
    // given
    Storage storage = withProject(emptyStorage());
    storage.mobilityGrants().save(grant());
    Mobility first = learnerToHamburg("M-1", LocalDate.of(2016, 3, 1), MobilityStatus.PLANNED);
    Mobility second = learnerToHamburg("M-2", LocalDate.of(2016, 4, 1), MobilityStatus.PLANNED);
    Mobility firstDone =
        learnerToHamburg("M-1", LocalDate.of(2016, 3, 1), MobilityStatus.COMPLETED);
    Saved added = storage.mobilities().saveAll(List.of(first, second));

    // when
    Saved again = storage.mobilities().saveAll(List.of(firstDone, second));
    Saved project = storage.projects().saveAll(List.of(erasmusProject()));
    Saved programme = storage.programmes().saveAll(List.of(erasmus()));
    Saved grant = storage.mobilityGrants().saveAll(List.of(grant()));

    // then
    assertThat(added).isEqualTo(new Saved(2, 0, 0));
    assertThat(again).isEqualTo(new Saved(0, 1, 1));
    assertThat(project).isEqualTo(new Saved(0, 0, 1));
    assertThat(programme).isEqualTo(new Saved(0, 0, 1));
    assertThat(grant).isEqualTo(new Saved(0, 0, 1));
    assertThat(storage.mobilities().find(firstDone.id())).contains(firstDone);
    assertThat(storage.mobilities().find(second.id())).contains(second);
  }

  @Test
  void every_project_record_saved_again_unchanged_is_counted_unchanged() {
    // given
    Storage storage = withProject(emptyStorage());
    storage.partners().save(westum());
    storage.workingGroups().save(group());
    storage.activities().save(activity());
    storage.indicators().save(indicator());

    // when / then
    assertThat(storage.partners().saveAll(List.of(westum()))).isEqualTo(new Saved(0, 0, 1));
    assertThat(storage.workingGroups().saveAll(List.of(group()))).isEqualTo(new Saved(0, 0, 1));
    assertThat(storage.activities().saveAll(List.of(activity()))).isEqualTo(new Saved(0, 0, 1));
    assertThat(storage.indicators().saveAll(List.of(indicator()))).isEqualTo(new Saved(0, 0, 1));
  }

  @Test
  void a_project_of_an_unknown_programme_is_refused() {
    Storage storage = emptyStorage();
    assertThatThrownBy(() -> storage.projects().save(erasmusProject()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void partners_groups_activities_and_indicators_belong_to_their_project() {
    // given
    Storage storage = withProject(emptyStorage());
    storage.meetings().save(GovernanceFixtures.boardMeeting("EPLUS-M1", LocalDate.of(2016, 5, 1)));

    // when
    storage.partners().save(westum());
    storage.workingGroups().save(group(new MeetingId("EPLUS-M1")));
    storage.activities().save(activity());
    storage.indicators().save(indicator());

    // then
    assertThat(storage.partners().ofProject(EPLUS)).containsExactly(westum());
    assertThat(storage.partners().find(westum().id())).contains(westum());
    assertThat(storage.workingGroups().ofProject(EPLUS))
        .containsExactly(group(new MeetingId("EPLUS-M1")));
    assertThat(storage.activities().ofProject(EPLUS)).containsExactly(activity());
    assertThat(storage.indicators().ofProject(EPLUS)).containsExactly(indicator());
    assertThat(storage.partners().ofProject(new ProjectId("OTHER"))).isEmpty();
  }

  @Test
  void records_of_an_unknown_project_or_partner_are_refused() {
    Storage storage = emptyStorage();
    assertThatThrownBy(() -> storage.partners().save(westum()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> storage.indicators().save(indicator()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> storage.mobilityGrants().save(grant()))
        .isInstanceOf(NotFoundException.class);
    Storage withProject = withProject(emptyStorage());
    assertThatThrownBy(() -> withProject.activities().save(activity()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> withProject.workingGroups().save(group(new MeetingId("NONE"))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_mobility_grant_keeps_its_categories_rates_and_target() {
    // given
    Storage storage = withProject(emptyStorage());

    // when
    storage.mobilityGrants().save(grant());

    // then
    assertThat(storage.mobilityGrants().find(EPLUS)).contains(grant());
    assertThat(storage.mobilityGrants().all()).containsExactly(grant());
  }

  @Test
  void mobilities_are_listed_by_start_and_replaced_by_id() {
    // given
    Storage storage = withProject(emptyStorage());
    Mobility later = learnerToHamburg("B", LocalDate.of(2016, 9, 1), MobilityStatus.PLANNED);
    Mobility earlier = learnerToHamburg("A", LocalDate.of(2016, 3, 1), MobilityStatus.COMPLETED);
    storage.mobilities().saveAll(List.of(later, earlier));

    // when
    Mobility done = learnerToHamburg("B", LocalDate.of(2016, 9, 1), MobilityStatus.COMPLETED);
    storage.mobilities().save(done);

    // then
    assertThat(storage.mobilities().ofProject(EPLUS)).containsExactly(earlier, done);
    assertThat(storage.mobilities().find(new MobilityId("A"))).contains(earlier);
  }

  @Test
  void a_project_s_mobilities_streamed_or_grouped_alike_fold_to_the_consumption_of_their_list() {
    // given more mobilities than one round trip of a streaming storage fetches
    Storage storage = withProject(emptyStorage());
    List<Mobility> many =
        IntStream.range(0, 1234).mapToObj(ProjectStorageContract::varied).toList();
    storage.mobilities().saveAll(many);
    LocalDate day = LocalDate.of(2016, 12, 31);
    ConsumptionCount count = new ConsumptionCount(UnitCosts.bundled());

    // when
    List<Mobility> streamed = new ArrayList<>();
    storage.mobilities().forEachOfProject(EPLUS, streamed::add);
    ConsumptionCount.Tally folded = count.tally(grant(), day);
    storage.mobilities().forEachOfProject(EPLUS, folded);
    ConsumptionCount.Tally grouped = count.tally(grant(), day);
    storage.mobilities().forEachAlikeOfProject(EPLUS, grouped);
    long[] groupSizes = {0};
    storage.mobilities().forEachAlikeOfProject(EPLUS, (alike, size) -> groupSizes[0] += size);
    List<Mobility> ofOther = new ArrayList<>();
    storage.mobilities().forEachOfProject(new ProjectId("OTHER"), ofOther::add);
    storage.mobilities().forEachAlikeOfProject(new ProjectId("OTHER"), (m, n) -> ofOther.add(m));

    // then
    assertThat(streamed).containsExactlyInAnyOrderElementsOf(many);
    List<CategoryConsumption> listed =
        count.at(grant(), storage.mobilities().ofProject(EPLUS), day);
    assertThat(folded.result()).isEqualTo(listed);
    assertThat(grouped.result()).isEqualTo(listed);
    assertThat(groupSizes[0]).isEqualTo(many.size());
    assertThat(ofOther).isEmpty();
  }

  /** The n-th of a set of mobilities of every status, both categories and several lengths. */
  private static Mobility varied(int n) {
    MobilityStatus status = MobilityStatus.values()[n % MobilityStatus.values().length];
    Mobility learner =
        learnerToHamburg("M" + n, LocalDate.of(2016, 1, 1).plusDays(n % 400), status);
    return new Mobility(
        learner.id(),
        learner.project(),
        learner.participant(),
        n % 5 == 0 ? ParticipantCategory.STAFF : ParticipantCategory.LEARNER,
        learner.sending(),
        learner.sendingMember(),
        learner.receiving(),
        learner.start(),
        learner.end().plusDays(n % 7),
        n % 5,
        n % 2 == 0,
        n % 3 == 0,
        n % 4,
        learner.status());
  }

  @Test
  void a_project_s_budget_revision_changes_with_every_write_to_its_grant_or_mobilities() {
    // given
    Storage storage = withProject(emptyStorage());
    storage.projects().save(otherProject());
    assertThat(storage.mobilityGrants().revision(EPLUS)).isEmpty();
    storage.mobilityGrants().save(grant());
    storage.mobilityGrants().save(grantOf(OTHER, 10));
    assertThat(storage.mobilityGrants().revision(EPLUS)).isPresent();
    List<OptionalLong> seen = new ArrayList<>();
    seen.add(storage.mobilityGrants().revision(EPLUS));
    Mobility done = learnerToHamburg("M-1", LocalDate.of(2016, 3, 1), MobilityStatus.COMPLETED);

    // when one write after the other
    storage.mobilities().save(done);
    seen.add(storage.mobilityGrants().revision(EPLUS));
    storage.mobilities().forEachAlikeOfProject(EPLUS, (m, n) -> {});
    OptionalLong afterRead = storage.mobilityGrants().revision(EPLUS);
    storage.mobilityGrants().save(grantOf(EPLUS, 20));
    seen.add(storage.mobilityGrants().revision(EPLUS));
    OptionalLong otherBefore = storage.mobilityGrants().revision(OTHER);
    storage.mobilities().saveAll(List.of(movedTo(done, OTHER)));
    seen.add(storage.mobilityGrants().revision(EPLUS));

    // then every write gave a new revision, a read none, a move both projects one
    assertThat(seen).doesNotHaveDuplicates();
    assertThat(afterRead).isEqualTo(seen.get(1));
    assertThat(storage.mobilityGrants().revision(OTHER)).isNotEqualTo(otherBefore);
  }

  @Test
  void a_budget_read_after_another_consortium_wrote_to_the_same_storage_counts_the_write() {
    // given two consortiums on one storage (two processes on one database): each keeps budgets
    Storage storage = withProject(emptyStorage());
    storage.projects().save(otherProject());
    storage.mobilityGrants().save(grant());
    storage.mobilityGrants().save(grantOf(OTHER, 10));
    Consortium reader = Consortium.builder().storage(storage).build();
    Consortium writer = Consortium.builder().storage(storage).build();
    LocalDate day = LocalDate.of(2016, 12, 31);
    Mobility first = learnerToHamburg("M-1", LocalDate.of(2016, 3, 1), MobilityStatus.COMPLETED);
    Mobility second = learnerToHamburg("M-2", LocalDate.of(2016, 4, 1), MobilityStatus.COMPLETED);
    storage.mobilities().save(first);
    int before = learners(reader.mobility().budget(EPLUS, day));
    int again = learners(reader.mobility().budget(EPLUS, day));

    // when
    writer.mobility().budget(EPLUS, day);
    storage.mobilities().save(second);
    int afterAdded = learners(reader.mobility().budget(EPLUS, day));
    storage.mobilityGrants().save(grantOf(EPLUS, 20));
    int placesAfterGrant = reader.mobility().budget(EPLUS, day).categories().get(0).grantedPlaces();
    storage.mobilities().save(movedTo(second, OTHER));
    int afterMoved = learners(reader.mobility().budget(EPLUS, day));

    // then
    assertThat(List.of(before, again, afterAdded, afterMoved)).containsExactly(1, 1, 2, 1);
    assertThat(placesAfterGrant).isEqualTo(20);
    assertThat(learners(reader.mobility().budget(OTHER, day))).isEqualTo(1);
  }

  private static final ProjectId OTHER = new ProjectId("EPLUS-2016");

  private static int learners(BudgetConsumption budget) {
    return budget.categories().stream()
        .filter(c -> c.category() == ParticipantCategory.LEARNER)
        .findFirst()
        .orElseThrow()
        .placesUsed();
  }

  private static Project otherProject() {
    Project p = erasmusProject();
    return new Project(
        OTHER,
        p.name(),
        p.programme(),
        p.period(),
        p.coordinator(),
        p.status(),
        p.applicationDeadline(),
        p.finalReportDeadline(),
        p.audits(),
        p.goals());
  }

  /** The fixtures' grant for {@code project}, with {@code learnerPlaces} learner places. */
  private static MobilityGrant grantOf(ProjectId project, int learnerPlaces) {
    MobilityGrant g = grant();
    CategoryGrant learners = g.categories().get(0);
    return new MobilityGrant(
        project,
        g.callYear(),
        List.of(
            new CategoryGrant(
                learners.category(), learnerPlaces, learners.budget(), learners.dailyRates()),
            g.categories().get(1)),
        g.target());
  }

  private static Mobility movedTo(Mobility m, ProjectId project) {
    return new Mobility(
        m.id(),
        project,
        m.participant(),
        m.category(),
        m.sending(),
        m.sendingMember(),
        m.receiving(),
        m.start(),
        m.end(),
        m.travelDays(),
        m.greenTravel(),
        m.fewerOpportunities(),
        m.courseDays(),
        m.status());
  }
}
