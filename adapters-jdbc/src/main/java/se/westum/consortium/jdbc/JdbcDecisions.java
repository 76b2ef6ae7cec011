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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import se.westum.consortium.application.port.out.Decisions;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.governance.Decision;
import se.westum.consortium.domain.governance.DecisionId;
import se.westum.consortium.domain.governance.MeetingId;
import se.westum.consortium.domain.shared.NotFoundException;

/** Decisions in {@code consortium_decision}, keyed by meeting and § number. */
final class JdbcDecisions implements Decisions {

  private static final String COLUMNS = "meeting_id, paragraph, subject, outcome";

  // which meetings of a chunk are stored, and which of their decisions for the chunk's numbers
  private static final String STORED_KEYS =
      "SELECT m.meeting_id, d.paragraph, d.subject, d.outcome FROM consortium_meeting m"
          + " LEFT JOIN consortium_decision d ON d.meeting_id = m.meeting_id"
          + " AND d.paragraph IN (<paragraphs>)"
          + " WHERE m.meeting_id IN (<ids>)";

  private static final String INSERT =
      "INSERT INTO consortium_decision (meeting_id, paragraph, subject, outcome)"
          + " VALUES (:meeting, :paragraph, :subject, :outcome)";

  private static final String UPDATE =
      "UPDATE consortium_decision SET subject = :subject, outcome = :outcome"
          + " WHERE meeting_id = :meeting AND paragraph = :paragraph";

  private static final RowMapper<Decision> MAPPER = JdbcDecisions::map;

  /** A stored meeting of a chunk, with one of its stored decisions if it has any. */
  private record StoredRow(MeetingId meeting, Optional<Decision> decision) {}

  private final Database database;

  JdbcDecisions(Database database) {
    this.database = database;
  }

  @Override
  public Optional<Decision> find(DecisionId id) {
    return database.findOne(
        "SELECT "
            + COLUMNS
            + " FROM consortium_decision"
            + " WHERE meeting_id = :meeting AND paragraph = :paragraph",
        Map.of("meeting", id.meeting().value(), "paragraph", id.paragraph()),
        MAPPER);
  }

  @Override
  public List<Decision> ofMeeting(MeetingId meeting) {
    return database.list(
        "SELECT "
            + COLUMNS
            + " FROM consortium_decision WHERE meeting_id = :meeting"
            + " ORDER BY paragraph",
        Map.of("meeting", meeting.value()),
        MAPPER);
  }

  @Override
  public void save(Decision decision) {
    saveAll(List.of(decision));
  }

  @Override
  public Saved saveAll(Collection<Decision> decisions) {
    // the last of several decisions with one id wins, as if they were saved one by one
    Map<DecisionId, Decision> latest = new LinkedHashMap<>();
    decisions.forEach(decision -> latest.put(decision.id(), decision));
    if (latest.isEmpty()) {
      return Saved.NONE;
    }
    List<List<Decision>> chunks = Chunks.of(latest.values());
    return database.write(
        handle -> {
          // every chunk's meetings are checked before anything is written, so a refused batch
          // leaves nothing behind even in a transaction whose caller carries on
          Map<DecisionId, Decision> stored = new HashMap<>();
          for (List<Decision> chunk : chunks) {
            stored.putAll(storedOf(handle, chunk));
          }
          Saved saved = Saved.NONE;
          for (List<Decision> chunk : chunks) {
            List<Decision> fresh = new ArrayList<>();
            List<Decision> known = new ArrayList<>();
            int unchanged = 0;
            for (Decision decision : chunk) {
              Decision before = stored.get(decision.id());
              if (before == null) {
                fresh.add(decision);
              } else if (before.equals(decision)) {
                unchanged++;
              } else {
                known.add(decision);
              }
            }
            RecordTable.execute(handle.prepareBatch(UPDATE), known, JdbcDecisions::bind);
            RecordTable.execute(handle.prepareBatch(INSERT), fresh, JdbcDecisions::bind);
            saved = saved.plus(new Saved(fresh.size(), known.size(), unchanged));
          }
          return saved;
        });
  }

  // the chunk's stored decisions; refuses the chunk if one of its meetings is not stored
  private static Map<DecisionId, Decision> storedOf(Handle handle, List<Decision> chunk) {
    Set<MeetingId> meetings = new HashSet<>();
    Map<DecisionId, Decision> stored = new HashMap<>();
    handle
        .createQuery(STORED_KEYS)
        .bindList(
            "paragraphs",
            chunk.stream().map(decision -> decision.id().paragraph()).distinct().toList())
        .bindList(
            "ids",
            chunk.stream().map(decision -> decision.id().meeting().value()).distinct().toList())
        .map(
            (rs, context) -> {
              MeetingId meeting = new MeetingId(rs.getString("meeting_id"));
              Integer paragraph = rs.getObject("paragraph", Integer.class);
              return new StoredRow(
                  meeting,
                  paragraph == null
                      ? Optional.empty()
                      : Optional.of(
                          new Decision(
                              new DecisionId(meeting, paragraph),
                              rs.getString("subject"),
                              rs.getString("outcome"))));
            })
        .forEach(
            row -> {
              meetings.add(row.meeting());
              row.decision().ifPresent(decision -> stored.put(decision.id(), decision));
            });
    for (Decision decision : chunk) {
      if (!meetings.contains(decision.id().meeting())) {
        throw new NotFoundException("meeting", decision.id().meeting().value());
      }
    }
    return stored;
  }

  private static void bind(PreparedBatch batch, Decision decision) {
    batch
        .bind("meeting", decision.id().meeting().value())
        .bind("paragraph", decision.id().paragraph())
        .bind("subject", decision.subject())
        .bind("outcome", decision.outcome());
  }

  @Override
  public Stream<Decision> stream() {
    return database.stream(
        "SELECT " + COLUMNS + " FROM consortium_decision ORDER BY meeting_id, paragraph", MAPPER);
  }

  /** Counts in the database, by the primary key's first column, a chunk of meetings at a time. */
  @Override
  public int countAt(Set<MeetingId> meetings) {
    List<String> ids = meetings.stream().map(MeetingId::value).sorted().toList();
    return database.read(
        handle -> {
          long count = 0;
          for (List<String> chunk : Chunks.of(ids)) {
            count +=
                handle
                    .createQuery(
                        "SELECT COUNT(*) FROM consortium_decision WHERE meeting_id IN (<ids>)")
                    .bindList("ids", chunk)
                    .mapTo(Long.class)
                    .one();
          }
          return Math.toIntExact(count);
        });
  }

  private static Decision map(ResultSet rs, StatementContext context) throws SQLException {
    return new Decision(
        new DecisionId(new MeetingId(rs.getString("meeting_id")), rs.getInt("paragraph")),
        rs.getString("subject"),
        rs.getString("outcome"));
  }
}
