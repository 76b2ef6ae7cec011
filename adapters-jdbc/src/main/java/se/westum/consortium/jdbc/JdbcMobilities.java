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

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.Mobilities;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.mobility.Coordinates;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.MobilityId;
import se.westum.consortium.domain.mobility.MobilityStatus;
import se.westum.consortium.domain.mobility.ParticipantCategory;
import se.westum.consortium.domain.mobility.ParticipantRef;
import se.westum.consortium.domain.mobility.Place;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.OrganisationNumber;

/**
 * Mobilities in {@code consortium_mobility}. Coordinates are DECIMAL(11,8) degrees with the scale
 * they were given in, so a distance computed from stored places is the one computed before.
 */
final class JdbcMobilities implements Mobilities {

  /**
   * The coordinate columns' digits in all and after the point (about a millimetre), as many as a
   * command may give.
   */
  private static final int PRECISION = 11;

  private static final int SCALE = 8;

  /** The table's columns, in the order of every statement that lists them all. */
  static final List<String> COLUMNS =
      List.of(
          "mobility_id",
          "project_id",
          "participant_ref",
          "category",
          "sending_organisation",
          "sending_city",
          "sending_country",
          "sending_latitude",
          "sending_latitude_scale",
          "sending_longitude",
          "sending_longitude_scale",
          "sending_member",
          "receiving_organisation",
          "receiving_city",
          "receiving_country",
          "receiving_latitude",
          "receiving_latitude_scale",
          "receiving_longitude",
          "receiving_longitude_scale",
          "starts_on",
          "ends_on",
          "travel_days",
          "green_travel",
          "fewer_opportunities",
          "course_days",
          "status");

  private static final String SELECT =
      "SELECT " + String.join(", ", COLUMNS) + " FROM consortium_mobility";

  private static final RecordTable<Mobility> TABLE =
      new RecordTable<Mobility>(
              "consortium_mobility",
              "mobility_id",
              mobility -> mobility.id().value(),
              "INSERT INTO consortium_mobility (mobility_id, project_id, participant_ref, category,"
                  + " sending_organisation, sending_city, sending_country, sending_latitude,"
                  + " sending_latitude_scale, sending_longitude, sending_longitude_scale,"
                  + " sending_member, receiving_organisation, receiving_city, receiving_country,"
                  + " receiving_latitude, receiving_latitude_scale, receiving_longitude,"
                  + " receiving_longitude_scale, starts_on, ends_on, travel_days, green_travel,"
                  + " fewer_opportunities, course_days, status)"
                  + " VALUES (:id, :project, :participant, :category, :sending_organisation,"
                  + " :sending_city, :sending_country, :sending_latitude, :sending_latitude_scale,"
                  + " :sending_longitude, :sending_longitude_scale, :member,"
                  + " :receiving_organisation, :receiving_city, :receiving_country,"
                  + " :receiving_latitude, :receiving_latitude_scale, :receiving_longitude,"
                  + " :receiving_longitude_scale, :start, :end, :travelDays, :green, :fewer,"
                  + " :courseDays, :status)",
              "UPDATE consortium_mobility SET project_id = :project, participant_ref = :participant,"
                  + " category = :category, sending_organisation = :sending_organisation,"
                  + " sending_city = :sending_city, sending_country = :sending_country,"
                  + " sending_latitude = :sending_latitude,"
                  + " sending_latitude_scale = :sending_latitude_scale,"
                  + " sending_longitude = :sending_longitude,"
                  + " sending_longitude_scale = :sending_longitude_scale, sending_member = :member,"
                  + " receiving_organisation = :receiving_organisation,"
                  + " receiving_city = :receiving_city, receiving_country = :receiving_country,"
                  + " receiving_latitude = :receiving_latitude,"
                  + " receiving_latitude_scale = :receiving_latitude_scale,"
                  + " receiving_longitude = :receiving_longitude,"
                  + " receiving_longitude_scale = :receiving_longitude_scale, starts_on = :start,"
                  + " ends_on = :end, travel_days = :travelDays, green_travel = :green,"
                  + " fewer_opportunities = :fewer, course_days = :courseDays, status = :status"
                  + " WHERE mobility_id = :id",
              JdbcMobilities::bind,
              List.of())
          .referring(
              "consortium_project",
              "project_id",
              "project",
              mobility -> Stream.of(mobility.project().value()))
          .comparing(JdbcMobilities::stored)
          .insertingByPosition(
              "INSERT INTO consortium_mobility ("
                  + String.join(", ", COLUMNS)
                  + ") VALUES ("
                  + String.join(", ", Collections.nCopies(COLUMNS.size(), "?"))
                  + ")",
              JdbcMobilities::bindRow);

  private static final RowMapper<Mobility> MAPPER = JdbcMobilities::map;

  // the columns a mobility's grant and completion depend on (and the countries, so a place is
  // whole); every other column is a group's least value, which stands for the group
  private static final String ALIKE =
      "project_id, category, sending_country, sending_latitude, sending_latitude_scale,"
          + " sending_longitude, sending_longitude_scale, receiving_country, receiving_latitude,"
          + " receiving_latitude_scale, receiving_longitude, receiving_longitude_scale, starts_on,"
          + " ends_on, travel_days, green_travel, fewer_opportunities, course_days, status";

  private static final String SELECT_ALIKE =
      "SELECT MIN(mobility_id) AS mobility_id, MIN(participant_ref) AS participant_ref,"
          + " MIN(sending_organisation) AS sending_organisation,"
          + " MIN(sending_city) AS sending_city, MIN(sending_member) AS sending_member,"
          + " MIN(receiving_organisation) AS receiving_organisation,"
          + " MIN(receiving_city) AS receiving_city, COUNT(*) AS alike, "
          + ALIKE
          + " FROM consortium_mobility WHERE project_id = :project GROUP BY "
          + ALIKE;

  /**
   * From how many mobilities a save on PostgreSQL takes the COPY path ({@link PostgresCopy}); a
   * smaller save, and every save on another database, runs batched statements.
   */
  static final int COPY_FROM = 50;

  private final Database database;
  private final int copyFrom;

  JdbcMobilities(Database database) {
    this(database, COPY_FROM);
  }

  /** With {@code copyFrom} {@link Integer#MAX_VALUE}, PostgreSQL saves by batches too (tests). */
  JdbcMobilities(Database database, int copyFrom) {
    this.database = database;
    this.copyFrom = copyFrom;
  }

  @Override
  public Optional<Mobility> find(MobilityId id) {
    return database.findOne(SELECT + " WHERE mobility_id = :id", Map.of("id", id.value()), MAPPER);
  }

  @Override
  public List<Mobility> ofProject(ProjectId project) {
    return database.list(
        SELECT + " WHERE project_id = :project ORDER BY starts_on, mobility_id",
        Map.of("project", project.value()),
        MAPPER);
  }

  /**
   * Streams the project's rows ({@link Database#FETCH_SIZE} per round trip, in a transaction so
   * PostgreSQL reads with a cursor and MariaDB streams), unsorted: a fold needs no order.
   */
  @Override
  public void forEachOfProject(ProjectId project, Consumer<Mobility> action) {
    database.inTransaction(
        () ->
            database.read(
                handle -> {
                  handle
                      .createQuery(SELECT + " WHERE project_id = :project")
                      .bind("project", project.value())
                      .setFetchSize(Database.FETCH_SIZE)
                      .map(MAPPER)
                      .forEach(action);
                  return null;
                }));
  }

  /** Groups the project's rows in the database: one row per group is streamed. */
  @Override
  public void forEachAlikeOfProject(ProjectId project, ObjLongConsumer<Mobility> action) {
    database.inTransaction(
        () ->
            database.read(
                handle -> {
                  handle
                      .createQuery(SELECT_ALIKE)
                      .bind("project", project.value())
                      .setFetchSize(Database.FETCH_SIZE)
                      .map((rs, context) -> Map.entry(map(rs, context), rs.getLong("alike")))
                      .forEach(group -> action.accept(group.getKey(), group.getValue()));
                  return null;
                }));
  }

  @Override
  public void save(Mobility mobility) {
    saveAll(List.of(mobility));
  }

  @Override
  public Saved saveAll(Collection<Mobility> mobilities) {
    for (Mobility mobility : mobilities) {
      requireFits("sending", mobility.sending().coordinates());
      requireFits("receiving", mobility.receiving().coordinates());
    }
    if (mobilities.isEmpty()) {
      return Saved.NONE;
    }
    return database.write(
        handle -> {
          // in the writing transaction, so a kept budget of every project written to or moved
          // from is stale once it commits
          List<String> projects =
              mobilities.stream().map(mobility -> mobility.project().value()).toList();
          Runnable movedFrom =
              () ->
                  BudgetRevisions.replaceForMobilities(
                      handle,
                      projects,
                      mobilities.stream().map(mobility -> mobility.id().value()).toList());
          if (mobilities.size() < copyFrom || !PostgresCopy.applies(handle)) {
            movedFrom.run();
            return TABLE.saveAll(handle, mobilities);
          }
          TABLE.requireReferences(handle, mobilities);
          // a batch of new ids only moves no stored mobility: no look-up of the projects they
          // were in (planned on the empty table of an import, it scanned the table per batch)
          BudgetRevisions.replace(handle, projects);
          return PostgresCopy.save(handle, mobilities, movedFrom);
        });
  }

  private static void requireFits(String place, Coordinates coordinates) {
    Decimals.requireFits(place + "Latitude", coordinates.latitude(), PRECISION, SCALE);
    Decimals.requireFits(place + "Longitude", coordinates.longitude(), PRECISION, SCALE);
  }

  private static void bind(PreparedBatch batch, Mobility mobility) {
    batch
        .bind("project", mobility.project().value())
        .bind("participant", mobility.participant().value())
        .bind("category", mobility.category().name())
        .bindByType(
            "member",
            mobility.sendingMember().map(OrganisationNumber::value).orElse(null),
            String.class)
        .bind("start", mobility.start())
        .bind("end", mobility.end())
        .bind("travelDays", mobility.travelDays())
        .bind("green", mobility.greenTravel())
        .bind("fewer", mobility.fewerOpportunities())
        .bind("courseDays", mobility.courseDays())
        .bind("status", mobility.status().name());
    bindPlace(batch, "sending", mobility.sending());
    bindPlace(batch, "receiving", mobility.receiving());
  }

  /** The row of the positional insert above, in its column order. */
  private static void bindRow(PreparedStatement row, Mobility mobility) throws SQLException {
    row.setString(1, mobility.id().value());
    row.setString(2, mobility.project().value());
    row.setString(3, mobility.participant().value());
    row.setString(4, mobility.category().name());
    bindPlace(row, 5, mobility.sending());
    if (mobility.sendingMember().isPresent()) {
      row.setString(12, mobility.sendingMember().get().value());
    } else {
      row.setNull(12, Types.VARCHAR);
    }
    bindPlace(row, 13, mobility.receiving());
    row.setObject(20, mobility.start());
    row.setObject(21, mobility.end());
    row.setInt(22, mobility.travelDays());
    row.setBoolean(23, mobility.greenTravel());
    row.setBoolean(24, mobility.fewerOpportunities());
    row.setInt(25, mobility.courseDays());
    row.setString(26, mobility.status().name());
  }

  /** A place's seven columns from {@code first}: names, country, coordinates and their scales. */
  private static void bindPlace(PreparedStatement row, int first, Place place) throws SQLException {
    Coordinates coordinates = place.coordinates();
    row.setString(first, place.organisation());
    row.setString(first + 1, place.city());
    row.setString(first + 2, place.country());
    row.setBigDecimal(first + 3, coordinates.latitude());
    row.setInt(first + 4, coordinates.latitude().scale());
    row.setBigDecimal(first + 5, coordinates.longitude());
    row.setInt(first + 6, coordinates.longitude().scale());
  }

  private static void bindPlace(PreparedBatch batch, String prefix, Place place) {
    Coordinates coordinates = place.coordinates();
    batch
        .bind(prefix + "_organisation", place.organisation())
        .bind(prefix + "_city", place.city())
        .bind(prefix + "_country", place.country())
        .bind(prefix + "_latitude", coordinates.latitude())
        .bind(prefix + "_latitude_scale", coordinates.latitude().scale())
        .bind(prefix + "_longitude", coordinates.longitude())
        .bind(prefix + "_longitude_scale", coordinates.longitude().scale());
  }

  private static Place place(ResultSet rs, String prefix) throws SQLException {
    return new Place(
        rs.getString(prefix + "_organisation"),
        rs.getString(prefix + "_city"),
        rs.getString(prefix + "_country"),
        new Coordinates(
            Decimals.read(rs, prefix + "_latitude", prefix + "_latitude_scale"),
            Decimals.read(rs, prefix + "_longitude", prefix + "_longitude_scale")));
  }

  private static Mobility map(ResultSet rs, StatementContext context) throws SQLException {
    return new Mobility(
        new MobilityId(rs.getString("mobility_id")),
        new ProjectId(rs.getString("project_id")),
        new ParticipantRef(rs.getString("participant_ref")),
        ParticipantCategory.valueOf(rs.getString("category")),
        place(rs, "sending"),
        Optional.ofNullable(rs.getString("sending_member")).map(OrganisationNumber::parse),
        place(rs, "receiving"),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class),
        rs.getInt("travel_days"),
        rs.getBoolean("green_travel"),
        rs.getBoolean("fewer_opportunities"),
        rs.getInt("course_days"),
        MobilityStatus.valueOf(rs.getString("status")));
  }

  /** The stored mobilities of some ids, to compare a save with. */
  private static List<Mobility> stored(Handle handle, List<String> ids) {
    return handle
        .createQuery(SELECT + " WHERE mobility_id IN (<ids>)")
        .bindList("ids", ids)
        .map(MAPPER)
        .list();
  }
}
