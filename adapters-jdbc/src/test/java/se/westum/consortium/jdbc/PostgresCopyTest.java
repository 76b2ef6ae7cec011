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
package se.westum.consortium.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.westum.consortium.testing.ProjectFixtures.erasmus;
import static se.westum.consortium.testing.ProjectFixtures.erasmusProject;
import static se.westum.consortium.testing.ProjectFixtures.learnerToHamburg;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityStatus;
import se.westum.consortium.domain.mobility.Place;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.DomainException;

/**
 * PostgreSQL's COPY path for mobilities ({@link PostgresCopy}) stores the same rows and counts the
 * same new, changed and unchanged records as the batched statements, and is all-or-nothing with the
 * caller's transaction.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PostgresCopyTest {

  private TestDatabase database;
  private Database storage;

  @BeforeEach
  void migrate() {
    database = TestDatabase.fresh(Vendor.POSTGRESQL);
    JdbcAdapter adapter = JdbcAdapter.create(database.dataSource());
    adapter.programmes().save(erasmus());
    adapter.projects().save(erasmusProject());
    storage = new Database(Jdbi.create(database.dataSource()));
  }

  @AfterEach
  void drop() {
    database.close();
  }

  @Test
  void copy_and_batches_store_the_same_rows_and_count_the_same() {
    // given the same two saves, once by batches and once by COPY
    JdbcMobilities batches = new JdbcMobilities(storage, Integer.MAX_VALUE);
    JdbcMobilities copy = new JdbcMobilities(storage, 2);

    // when
    List<Saved> byBatches = twoSaves(batches);
    List<String> batchRows = rows();
    database.execute("DELETE FROM consortium_mobility");
    List<Saved> byCopy = twoSaves(copy);
    List<String> copyRows = rows();

    // then 120 new; then 30 new, 60 changed, 60 unchanged (a duplicate id: the last one wins)
    assertThat(byBatches).containsExactly(new Saved(120, 0, 0), new Saved(30, 60, 60));
    assertThat(byCopy).isEqualTo(byBatches);
    assertThat(copyRows).hasSize(150).isEqualTo(batchRows);
  }

  @Test
  void a_save_of_new_ids_only_is_copied_straight_into_the_table() {
    // given
    JdbcMobilities copy = new JdbcMobilities(storage, 2);

    // when
    boolean staged =
        storage.inTransaction(
            () -> {
              copy.saveAll(mobilities(0, 10, MobilityStatus.PLANNED));
              return storage.read(
                  handle ->
                      handle
                          .createQuery(
                              "SELECT to_regclass('pg_temp.consortium_mobility_staging')"
                                  + " IS NOT NULL")
                          .mapTo(Boolean.class)
                          .one());
            });

    // then
    assertThat(staged).isFalse();
    assertThat(database.count("SELECT COUNT(*) FROM consortium_mobility")).isEqualTo(10);
  }

  @Test
  void a_save_with_a_stored_id_goes_through_the_staging_table() {
    // given one of the ids is stored
    JdbcMobilities copy = new JdbcMobilities(storage, 2);
    copy.saveAll(mobilities(9, 10, MobilityStatus.PLANNED));

    // when
    boolean staged =
        storage.inTransaction(
            () -> {
              copy.saveAll(mobilities(0, 10, MobilityStatus.PLANNED));
              return storage.read(
                  handle ->
                      handle
                          .createQuery(
                              "SELECT to_regclass('pg_temp.consortium_mobility_staging')"
                                  + " IS NOT NULL")
                          .mapTo(Boolean.class)
                          .one());
            });

    // then
    assertThat(staged).isTrue();
    assertThat(database.count("SELECT COUNT(*) FROM consortium_mobility")).isEqualTo(10);
  }

  @Test
  void a_failure_in_the_database_after_the_copy_rolls_back_every_save_of_the_transaction() {
    // given a constraint behind the adapter's back that the last row of the second save breaks
    JdbcMobilities copy = new JdbcMobilities(storage, 2);
    database.execute(
        "ALTER TABLE consortium_mobility ADD CONSTRAINT no_m0119 CHECK (mobility_id <> 'M0119')");

    // when
    assertThatThrownBy(
            () ->
                storage.inTransaction(
                    () -> {
                      copy.saveAll(mobilities(0, 100, MobilityStatus.PLANNED));
                      return copy.saveAll(mobilities(100, 120, MobilityStatus.PLANNED));
                    }))
        .isInstanceOf(DomainException.class);

    // then nothing is stored, and a later save works on the same connections
    assertThat(database.count("SELECT COUNT(*) FROM consortium_mobility")).isZero();
    assertThat(copy.saveAll(mobilities(0, 100, MobilityStatus.PLANNED)))
        .isEqualTo(new Saved(100, 0, 0));
  }

  @Test
  void a_missing_project_is_refused_before_anything_is_copied() {
    // given
    JdbcMobilities copy = new JdbcMobilities(storage, 2);
    List<Mobility> unknownProject = new ArrayList<>(mobilities(0, 10, MobilityStatus.PLANNED));
    Mobility last = unknownProject.remove(9);
    unknownProject.add(withProject(last, new ProjectId("NOPE-2099")));

    // when
    assertThatThrownBy(() -> copy.saveAll(unknownProject)).isInstanceOf(DomainException.class);

    // then
    assertThat(database.count("SELECT COUNT(*) FROM consortium_mobility")).isZero();
  }

  private static List<Saved> twoSaves(JdbcMobilities mobilities) {
    Saved first = mobilities.saveAll(mobilities(0, 120, MobilityStatus.PLANNED));
    List<Mobility> second = new ArrayList<>();
    second.add(mobilities(70, 71, MobilityStatus.CANCELLED).get(0)); // replaced below: last wins
    second.addAll(mobilities(0, 60, MobilityStatus.PLANNED)); // unchanged
    second.addAll(mobilities(60, 120, MobilityStatus.COMPLETED)); // changed
    second.addAll(mobilities(120, 150, MobilityStatus.PLANNED)); // new
    return List.of(first, mobilities.saveAll(second));
  }

  /** Mobilities M{from}..M{to - 1}, some with quotes, commas and no member, to test the copy. */
  private static List<Mobility> mobilities(int from, int to, MobilityStatus status) {
    List<Mobility> all = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Mobility m =
          learnerToHamburg(
              String.format("M%04d", i), LocalDate.of(2016, 1, 1).plusDays(i % 300), status);
      if (i % 3 == 0) {
        m =
            new Mobility(
                m.id(),
                m.project(),
                m.participant(),
                m.category(),
                new Place("Skolan \"Norr\", avd; 1\\2", "Skövde", "SE", m.sending().coordinates()),
                Optional.empty(),
                m.receiving(),
                m.start(),
                m.end(),
                i % 5,
                i % 2 == 0,
                i % 7 == 0,
                i % 4,
                m.status());
      }
      all.add(m);
    }
    return all;
  }

  private static Mobility withProject(Mobility m, ProjectId project) {
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

  /** Every stored row, every column as text, in id order. */
  private List<String> rows() {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT * FROM consortium_mobility ORDER BY mobility_id")) {
      ResultSetMetaData meta = result.getMetaData();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          row.append(meta.getColumnName(c)).append('=').append(result.getString(c)).append('|');
        }
        rows.add(row.toString());
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }
}
