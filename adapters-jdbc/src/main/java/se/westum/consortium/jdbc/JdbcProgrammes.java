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

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.Programmes;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.project.FundingProgramme;
import se.westum.consortium.domain.project.ProgrammeId;
import se.westum.consortium.domain.project.ProgrammeKind;

/** Funding programmes in {@code consortium_programme}. */
final class JdbcProgrammes implements Programmes {

  private static final String SELECT = "SELECT programme_id, name, kind FROM consortium_programme";

  private static final RecordTable<FundingProgramme> TABLE =
      new RecordTable<FundingProgramme>(
              "consortium_programme",
              "programme_id",
              programme -> programme.id().value(),
              "INSERT INTO consortium_programme (programme_id, name, kind) VALUES (:id, :name, :kind)",
              "UPDATE consortium_programme SET name = :name, kind = :kind WHERE programme_id = :id",
              (batch, programme) ->
                  batch.bind("name", programme.name()).bind("kind", programme.kind().name()),
              List.of())
          .comparing(JdbcProgrammes::stored);

  private static final RowMapper<FundingProgramme> MAPPER = JdbcProgrammes::map;

  private final Database database;

  JdbcProgrammes(Database database) {
    this.database = database;
  }

  @Override
  public Optional<FundingProgramme> find(ProgrammeId id) {
    return database.findOne(SELECT + " WHERE programme_id = :id", Map.of("id", id.value()), MAPPER);
  }

  @Override
  public List<FundingProgramme> all() {
    return database.read(
        handle -> handle.createQuery(SELECT + " ORDER BY programme_id").map(MAPPER).list());
  }

  @Override
  public void save(FundingProgramme programme) {
    saveAll(List.of(programme));
  }

  @Override
  public Saved saveAll(Collection<FundingProgramme> programmes) {
    return TABLE.saveAll(database, programmes);
  }

  private static FundingProgramme map(ResultSet rs, StatementContext context) throws SQLException {
    return new FundingProgramme(
        new ProgrammeId(rs.getString("programme_id")),
        rs.getString("name"),
        ProgrammeKind.valueOf(rs.getString("kind")));
  }

  /** The stored programmes of some ids, to compare a save with. */
  private static List<FundingProgramme> stored(Handle handle, List<String> ids) {
    return handle
        .createQuery(SELECT + " WHERE programme_id IN (<ids>)")
        .bindList("ids", ids)
        .map(MAPPER)
        .list();
  }
}
