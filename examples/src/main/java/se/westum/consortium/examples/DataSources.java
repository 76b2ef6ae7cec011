package se.westum.consortium.examples;

import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Makes a {@link DataSource} from a JDBC URL, for the three databases the JDBC adapter supports.
 * Plain, unpooled data sources: a command-line run opens only a few connections.
 */
final class DataSources {

  /** The URL prefixes understood, in the order they are listed to users. */
  static final String SUPPORTED = "jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:";

  private DataSources() {}

  /**
   * A data source for {@code url}; a given user or password overrides one inside the URL.
   *
   * @throws IllegalArgumentException if the URL is not for H2, PostgreSQL or MariaDB
   * @throws SQLException if the driver rejects the URL
   */
  static DataSource forUrl(String url, Optional<String> user, Optional<String> password)
      throws SQLException {
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      user.ifPresent(h2::setUser);
      password.ifPresent(h2::setPassword);
      return h2;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(url);
      // batches of inserts become multi-row INSERTs (benchmarks/RESULTS.md: the plain JDBC
      // batch of 5 000 mobilities 1.8 times as fast); a URL that says otherwise wins
      if (!url.contains("reWriteBatchedInserts=")) {
        postgres.setReWriteBatchedInserts(true);
      }
      user.ifPresent(postgres::setUser);
      password.ifPresent(postgres::setPassword);
      return postgres;
    }
    if (url.startsWith("jdbc:mariadb:")) {
      MariaDbDataSource mariadb = new MariaDbDataSource(url);
      if (user.isPresent()) {
        mariadb.setUser(user.get());
      }
      if (password.isPresent()) {
        mariadb.setPassword(password.get());
      }
      return mariadb;
    }
    throw new IllegalArgumentException(
        "unsupported database URL '" + masked(url) + "': use " + SUPPORTED);
  }

  /** The URL with any password in it hidden, for messages. */
  static String masked(String url) {
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
  }
}
