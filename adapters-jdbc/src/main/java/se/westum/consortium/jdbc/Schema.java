package se.westum.consortium.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import se.westum.consortium.domain.shared.DomainException;

/** The consortium's tables, brought up to date with Flyway. */
final class Schema {

  /** Unique to this library, so a host's own migrations are never picked up, nor ours by it. */
  static final String MIGRATIONS = "classpath:se/westum/consortium/jdbc/migration";

  private Schema() {}

  static void migrate(DataSource dataSource, String historyTable) {
    try {
      Flyway.configure(Schema.class.getClassLoader())
          .dataSource(dataSource)
          .table(historyTable)
          .locations(MIGRATIONS)
          .failOnMissingLocations(true)
          // a host's tables may already fill the schema: start our history there, below V1
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .placeholders(Map.of("table_options", tableOptions(dataSource)))
          .load()
          .migrate();
    } catch (FlywayException | SQLException e) {
      throw StorageErrors.causedBy(
          new DomainException(
              "storage-failure", "the consortium's tables could not be created or migrated"),
          e);
    }
  }

  // MariaDB's default character set may be latin1; member names hold any Unicode letter
  private static String tableOptions(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      return product.contains("mariadb") || product.contains("mysql")
          ? " DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
          : "";
    }
  }
}
