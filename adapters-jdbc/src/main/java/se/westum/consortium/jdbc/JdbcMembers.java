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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import se.westum.consortium.application.port.out.Members;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MunicipalityCode;
import se.westum.consortium.domain.shared.ConflictException;
import se.westum.consortium.domain.shared.NotFoundException;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Page;
import se.westum.consortium.domain.shared.PageRequest;

/**
 * Members in {@code consortium_member}, their coverage in {@code consortium_member_municipality}.
 */
final class JdbcMembers implements Members {

  private static final String FIND =
      "SELECT "
          + MemberRows.COLUMNS
          + " FROM consortium_member m JOIN consortium_member_municipality c"
          + " ON c.organisation_number = m.organisation_number"
          + " WHERE m.organisation_number = :id ORDER BY c.municipality_code";

  private static final String PAGE =
      "SELECT "
          + MemberRows.COLUMNS
          + " FROM (SELECT * FROM consortium_member ORDER BY organisation_number"
          + " LIMIT :limit OFFSET :offset) m"
          + " JOIN consortium_member_municipality c ON c.organisation_number = m.organisation_number"
          + " ORDER BY m.organisation_number, c.municipality_code";

  private static final String ALL =
      "SELECT "
          + MemberRows.COLUMNS
          + " FROM consortium_member m JOIN consortium_member_municipality c"
          + " ON c.organisation_number = m.organisation_number"
          + " ORDER BY m.organisation_number, c.municipality_code";

  private static final String INSERT =
      "INSERT INTO consortium_member"
          + " (organisation_number, name, kind, joined_on, left_on, version)"
          + " VALUES (:id, :name, :kind, :joined, :left, 1)";

  // optimistic locking: the row changes only at the version the caller read
  private static final String UPDATE_AT_VERSION =
      "UPDATE consortium_member"
          + " SET name = :name, kind = :kind, joined_on = :joined, left_on = :left,"
          + " version = version + 1"
          + " WHERE organisation_number = :id AND version = :version";

  private static final String UPDATE =
      "UPDATE consortium_member"
          + " SET name = :name, kind = :kind, joined_on = :joined, left_on = :left,"
          + " version = version + 1"
          + " WHERE organisation_number = :id";

  private static final String INSERT_COVERAGE =
      "INSERT INTO consortium_member_municipality (organisation_number, municipality_code)"
          + " VALUES (:id, :code)";

  private static final String DELETE_COVERAGE =
      "DELETE FROM consortium_member_municipality WHERE organisation_number = :id";

  private static final String STORED_NUMBERS =
      "SELECT organisation_number FROM consortium_member WHERE organisation_number IN (<ids>)";

  private static final String STORED_MEMBERS =
      "SELECT "
          + MemberRows.COLUMNS
          + " FROM consortium_member m JOIN consortium_member_municipality c"
          + " ON c.organisation_number = m.organisation_number"
          + " WHERE m.organisation_number IN (<ids>)"
          + " ORDER BY m.organisation_number, c.municipality_code";

  private final Database database;

  JdbcMembers(Database database) {
    this.database = database;
  }

  @Override
  public Optional<Member> find(OrganisationNumber organisationNumber) {
    List<MemberRows.Row> rows =
        database.list(FIND, Map.of("id", organisationNumber.value()), MemberRows.MAPPER);
    return MemberRows.fold(rows).stream().findFirst();
  }

  @Override
  public Page<Member> list(PageRequest request) {
    return database.read(
        handle -> {
          long total =
              handle.createQuery("SELECT COUNT(*) FROM consortium_member").mapTo(Long.class).one();
          List<MemberRows.Row> rows =
              handle
                  .createQuery(PAGE)
                  .bind("limit", request.size())
                  .bind("offset", request.offset())
                  .map(MemberRows.MAPPER)
                  .list();
          return new Page<>(MemberRows.fold(rows), request.page(), request.size(), total);
        });
  }

  @Override
  public Stream<Member> stream() {
    return MemberRows.fold(database.stream(ALL, MemberRows.MAPPER));
  }

  @Override
  public Member add(Member member) {
    return database.write(
        handle -> {
          try {
            bindMember(handle.createUpdate(INSERT), member).execute();
          } catch (JdbiException e) {
            if (StorageErrors.kindOf(e) == StorageErrors.Kind.DUPLICATE_KEY) {
              throw StorageErrors.causedBy(duplicate(member.organisationNumber()), e);
            }
            throw e;
          }
          insertCoverage(handle, List.of(member));
          return member.withVersion(1);
        });
  }

  @Override
  public Member update(Member member) {
    OrganisationNumber id = member.organisationNumber();
    return database.write(
        handle -> {
          int changed;
          try {
            changed =
                bindMember(handle.createUpdate(UPDATE_AT_VERSION), member)
                    .bind("version", member.version())
                    .execute();
          } catch (JdbiException e) {
            // a database that detects the race itself (H2) reports what a version check would
            if (StorageErrors.kindOf(e) == StorageErrors.Kind.CONCURRENT_CHANGE) {
              throw StorageErrors.causedBy(staleVersion(member), e);
            }
            throw e;
          }
          if (changed == 0) {
            boolean stored =
                !handle
                    .createQuery(STORED_NUMBERS)
                    .bindList("ids", List.of(id.value()))
                    .mapTo(String.class)
                    .list()
                    .isEmpty();
            throw stored ? staleVersion(member) : new NotFoundException("member", id.value());
          }
          deleteCoverage(handle, List.of(member));
          insertCoverage(handle, List.of(member));
          return member.withVersion(member.version() + 1);
        });
  }

  @Override
  public Saved saveAll(Collection<Member> members) {
    // the last of several entries for one member wins, as if they were saved one by one
    Map<OrganisationNumber, Member> latest = new LinkedHashMap<>();
    members.forEach(member -> latest.put(member.organisationNumber(), member));
    if (latest.isEmpty()) {
      return Saved.NONE;
    }
    return database.write(
        handle -> {
          Saved saved = Saved.NONE;
          for (List<Member> chunk : Chunks.of(latest.values())) {
            saved = saved.plus(saveChunk(handle, chunk));
          }
          return saved;
        });
  }

  // a member equal to the stored one is left alone: its row and version stay as they were
  private static Saved saveChunk(Handle handle, List<Member> chunk) {
    Map<OrganisationNumber, Member> stored = new HashMap<>();
    MemberRows.fold(
            handle
                .createQuery(STORED_MEMBERS)
                .bindList("ids", numbers(chunk))
                .map(MemberRows.MAPPER)
                .list())
        .forEach(member -> stored.put(member.organisationNumber(), member));
    List<Member> fresh = new ArrayList<>();
    List<Member> changed = new ArrayList<>();
    int unchanged = 0;
    for (Member member : chunk) {
      Member current = stored.get(member.organisationNumber());
      if (current == null) {
        fresh.add(member);
      } else if (current.sameAs(member)) {
        unchanged++;
      } else {
        changed.add(member);
      }
    }
    if (!changed.isEmpty()) {
      PreparedBatch update = handle.prepareBatch(UPDATE);
      changed.forEach(member -> bindMember(update, member).add());
      update.execute();
      deleteCoverage(handle, changed);
      insertCoverage(handle, changed);
    }
    if (!fresh.isEmpty()) {
      PreparedBatch insert = handle.prepareBatch(INSERT);
      fresh.forEach(member -> bindMember(insert, member).add());
      insert.execute();
      insertCoverage(handle, fresh);
    }
    return new Saved(fresh.size(), changed.size(), unchanged);
  }

  private static <S extends SqlStatement<S>> S bindMember(S statement, Member member) {
    return statement
        .bind("id", member.organisationNumber().value())
        .bind("name", member.name())
        .bind("kind", member.kind().name())
        .bind("joined", member.period().joined())
        .bindByType("left", member.period().left().orElse(null), LocalDate.class);
  }

  private static void insertCoverage(Handle handle, List<Member> members) {
    PreparedBatch insert = handle.prepareBatch(INSERT_COVERAGE);
    for (Member member : members) {
      for (MunicipalityCode code : member.covers()) {
        insert.bind("id", member.organisationNumber().value()).bind("code", code.value()).add();
      }
    }
    if (insert.size() > 0) {
      insert.execute();
    }
  }

  // a batch rather than one long IN list: H2 parses a thousand-parameter statement slowly
  private static void deleteCoverage(Handle handle, List<Member> members) {
    PreparedBatch delete = handle.prepareBatch(DELETE_COVERAGE);
    members.forEach(member -> delete.bind("id", member.organisationNumber().value()).add());
    delete.execute();
  }

  private static List<String> numbers(List<Member> members) {
    return members.stream().map(member -> member.organisationNumber().value()).toList();
  }

  private static ConflictException duplicate(OrganisationNumber id) {
    return new ConflictException(Member.DUPLICATE, "member " + id + " is already registered");
  }

  private static ConflictException staleVersion(Member member) {
    return ConflictException.staleVersion(
        "member", member.organisationNumber().value(), member.version());
  }
}
