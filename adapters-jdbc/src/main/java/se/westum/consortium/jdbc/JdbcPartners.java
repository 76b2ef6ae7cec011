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
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.Partners;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.project.Partner;
import se.westum.consortium.domain.project.PartnerId;
import se.westum.consortium.domain.project.PartnerRole;
import se.westum.consortium.domain.project.ProjectId;
import se.westum.consortium.domain.shared.NationalId;
import se.westum.consortium.domain.shared.OrganisationNumber;

/** Partners of projects in {@code consortium_partner}. */
final class JdbcPartners implements Partners {

  private static final String SELECT =
      "SELECT partner_id, project_id, organisation, country, national_id, partner_role,"
          + " member_number, prospective FROM consortium_partner";

  private static final RecordTable<Partner> TABLE =
      new RecordTable<Partner>(
              "consortium_partner",
              "partner_id",
              partner -> partner.id().value(),
              "INSERT INTO consortium_partner (partner_id, project_id, organisation, country,"
                  + " national_id, partner_role, member_number, prospective)"
                  + " VALUES (:id, :project, :organisation, :country, :nationalId, :role, :member,"
                  + " :prospective)",
              "UPDATE consortium_partner SET project_id = :project, organisation = :organisation,"
                  + " country = :country, national_id = :nationalId, partner_role = :role,"
                  + " member_number = :member, prospective = :prospective"
                  + " WHERE partner_id = :id",
              (batch, partner) ->
                  batch
                      .bind("project", partner.project().value())
                      .bind("organisation", partner.organisation())
                      .bind("country", partner.nationalId().country())
                      .bind("nationalId", partner.nationalId().value())
                      .bind("role", partner.role().name())
                      .bindByType(
                          "member",
                          partner.member().map(OrganisationNumber::value).orElse(null),
                          String.class)
                      .bind("prospective", partner.prospective()),
              List.of())
          .referring(
              "consortium_project",
              "project_id",
              "project",
              partner -> Stream.of(partner.project().value()))
          .comparing(JdbcPartners::stored);

  private static final RowMapper<Partner> MAPPER = JdbcPartners::map;

  private final Database database;

  JdbcPartners(Database database) {
    this.database = database;
  }

  @Override
  public Optional<Partner> find(PartnerId id) {
    return database.findOne(SELECT + " WHERE partner_id = :id", Map.of("id", id.value()), MAPPER);
  }

  @Override
  public List<Partner> ofProject(ProjectId project) {
    return database.list(
        SELECT + " WHERE project_id = :project ORDER BY partner_id",
        Map.of("project", project.value()),
        MAPPER);
  }

  @Override
  public void save(Partner partner) {
    saveAll(List.of(partner));
  }

  @Override
  public Saved saveAll(Collection<Partner> partners) {
    return TABLE.saveAll(database, partners);
  }

  private static Partner map(ResultSet rs, StatementContext context) throws SQLException {
    return new Partner(
        new PartnerId(rs.getString("partner_id")),
        new ProjectId(rs.getString("project_id")),
        rs.getString("organisation"),
        new NationalId(rs.getString("country"), rs.getString("national_id")),
        PartnerRole.valueOf(rs.getString("partner_role")),
        Optional.ofNullable(rs.getString("member_number")).map(OrganisationNumber::parse),
        rs.getBoolean("prospective"));
  }

  /** The stored partners of some ids, to compare a save with. */
  private static List<Partner> stored(Handle handle, List<String> ids) {
    return handle
        .createQuery(SELECT + " WHERE partner_id IN (<ids>)")
        .bindList("ids", ids)
        .map(MAPPER)
        .list();
  }
}
