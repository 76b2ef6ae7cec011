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

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import se.westum.consortium.application.port.out.Saved;
import se.westum.consortium.domain.mobility.Coordinates;
import se.westum.consortium.domain.mobility.Mobility;
import se.westum.consortium.domain.mobility.Place;
import se.westum.consortium.domain.shared.OrganisationNumber;

/**
 * PostgreSQL's bulk path for mobilities: the rows go by {@code COPY ... FROM STDIN} (pgjdbc's
 * {@code CopyManager}) into a temporary staging table, then one {@code INSERT ... SELECT ... ON
 * CONFLICT} moves them into {@code consortium_mobility}: a new id is inserted, a stored one is
 * updated only if a column differs (so an unchanged record is not rewritten), and {@code RETURNING
 * (xmax = 0)} tells new from changed rows for the {@link Saved} counts. A batch none of whose ids
 * is stored yet (the usual import) is copied straight into {@code consortium_mobility}, which
 * halves the database's work. Everything runs on the caller's handle, so it is in the caller's
 * transaction: a failure anywhere rolls the whole save back with it. The class names pgjdbc and is
 * loaded only on PostgreSQL.
 */
final class PostgresCopy {

  private static final String STAGING = "consortium_mobility_staging";

  private static final List<String> COLUMNS = JdbcMobilities.COLUMNS;
  private static final String LIST = String.join(", ", COLUMNS);

  private static final String COPY =
      "COPY " + STAGING + " (" + LIST + ") FROM STDIN WITH (FORMAT csv)";

  private static final String COPY_DIRECT =
      "COPY consortium_mobility (" + LIST + ") FROM STDIN WITH (FORMAT csv)";
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String UPSERT = upsert();

  private PostgresCopy() {}

  private static String upsert() {
    List<String> values = COLUMNS.subList(1, COLUMNS.size());
    StringBuilder sql =
        new StringBuilder("INSERT INTO consortium_mobility (")
            .append(LIST)
            .append(") SELECT ")
            .append(LIST)
            .append(" FROM ")
            .append(STAGING)
            .append(" ON CONFLICT (mobility_id) DO UPDATE SET ");
    for (int i = 0; i < values.size(); i++) {
      sql.append(i == 0 ? "" : ", ")
          .append(values.get(i))
          .append(" = EXCLUDED.")
          .append(values.get(i));
    }
    sql.append(" WHERE (");
    for (int i = 0; i < values.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("consortium_mobility.").append(values.get(i));
    }
    sql.append(") IS DISTINCT FROM (");
    for (int i = 0; i < values.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("EXCLUDED.").append(values.get(i));
    }
    // a row inserted has no deleting transaction; a row updated by ON CONFLICT has this one's
    sql.append(") RETURNING (xmax = 0) AS inserted");
    return "WITH upserted AS ("
        + sql
        + ") SELECT COUNT(*) FILTER (WHERE inserted), COUNT(*) FILTER (WHERE NOT inserted)"
        + " FROM upserted";
  }

  /** True when the handle's connection is PostgreSQL's and pgjdbc's, so COPY can be used. */
  static boolean applies(Handle handle) {
    try {
      Connection connection = handle.getConnection();
      return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
          && connection.isWrapperFor(PGConnection.class);
    } catch (SQLException | LinkageError e) {
      return false;
    }
  }

  /**
   * Stores the mobilities on the handle (the last of several with one id wins), whose references
   * the caller has checked. {@code beforeStored} runs only when a stored id sends the batch to the
   * staging path, before any stored row changes (a copy of new ids moves no stored mobility).
   */
  static Saved save(Handle handle, Collection<Mobility> mobilities, Runnable beforeStored) {
    Map<String, Mobility> latest = new LinkedHashMap<>();
    mobilities.forEach(mobility -> latest.put(mobility.id().value(), mobility));
    StringBuilder rows = new StringBuilder(latest.size() * 256);
    latest.values().forEach(mobility -> row(rows, mobility));
    Connection connection = handle.getConnection();
    try {
      // most batches hold only new ids (an import into an empty table, or of new records): they
      // go straight into the table under a savepoint, no staging and no upsert. A stored id stops
      // that copy at the primary key; the savepoint undoes it and the batch takes the staging
      // path. Trying beats looking the ids up first: a look-up planned while the import's table
      // was still empty may scan it whole for every batch
      Savepoint direct = connection.setSavepoint();
      try {
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn(COPY_DIRECT, new StringReader(rows.toString()));
        connection.releaseSavepoint(direct);
        return new Saved(latest.size(), 0, 0);
      } catch (SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw e;
        }
        connection.rollback(direct);
      }
    } catch (SQLException | IOException e) {
      throw StorageErrors.translate(e);
    }
    beforeStored.run();
    try (Statement statement = connection.createStatement()) {
      // dropped with its rows at commit or rollback; a session that saves again makes it anew
      // one round trip: the staging table, dropped at commit or rollback, made if this
      // transaction has none yet, and emptied of the previous batch. TRUNCATE, not DELETE: a
      // temporary table is never vacuumed, so deleted rows would stay and be scanned by every
      // later batch of the transaction (quadratic in the import's size)
      statement.execute(
          "CREATE TEMPORARY TABLE IF NOT EXISTS "
              + STAGING
              + " (LIKE consortium_mobility INCLUDING DEFAULTS) ON COMMIT DROP; TRUNCATE "
              + STAGING);
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(COPY, new StringReader(rows.toString()));
      int added;
      int changed;
      try (var result = statement.executeQuery(UPSERT)) {
        result.next();
        added = result.getInt(1);
        changed = result.getInt(2);
      }
      return new Saved(added, changed, latest.size() - added - changed);
    } catch (SQLException | IOException e) {
      throw StorageErrors.translate(e);
    }
  }

  private static void row(StringBuilder out, Mobility mobility) {
    text(out, mobility.id().value()).append(',');
    text(out, mobility.project().value()).append(',');
    text(out, mobility.participant().value()).append(',');
    out.append(mobility.category().name()).append(',');
    place(out, mobility.sending());
    // an unquoted empty cell is NULL in COPY's csv format
    mobility.sendingMember().map(OrganisationNumber::value).ifPresent(member -> text(out, member));
    out.append(',');
    place(out, mobility.receiving());
    out.append(mobility.start())
        .append(',')
        .append(mobility.end())
        .append(',')
        .append(mobility.travelDays())
        .append(',')
        .append(mobility.greenTravel())
        .append(',')
        .append(mobility.fewerOpportunities())
        .append(',')
        .append(mobility.courseDays())
        .append(',')
        .append(mobility.status().name())
        .append('\n');
  }

  // organisation, city, country, latitude, its scale, longitude, its scale, then a comma
  private static void place(StringBuilder out, Place place) {
    text(out, place.organisation()).append(',');
    text(out, place.city()).append(',');
    text(out, place.country()).append(',');
    Coordinates coordinates = place.coordinates();
    decimal(out, coordinates.latitude());
    decimal(out, coordinates.longitude());
  }

  private static void decimal(StringBuilder out, BigDecimal value) {
    out.append(value.toPlainString()).append(',').append(value.scale()).append(',');
  }

  /** A quoted cell: quoted, an empty text is an empty text and not NULL. */
  private static StringBuilder text(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    return out.append('"');
  }
}
