package se.westum.consortium.examples;

import java.time.Clock;
import org.h2.jdbcx.JdbcDataSource;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.domain.shared.PageRequest;
import se.westum.consortium.jdbc.JdbcAdapter;

/** Looks into a test database directly, past the command line. */
final class Databases {

  private Databases() {}

  /** The core over the H2 database at {@code url}. */
  static Consortium consortium(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    return Consortium.builder()
        .storage(JdbcAdapter.create(dataSource))
        .clock(Clock.systemDefaultZone())
        .build();
  }

  /** How many board terms the database holds. */
  static int boardTerms(String url) {
    return consortium(url).governance().boardTerms().size();
  }

  /** How many meetings of {@code year} the database holds. */
  static int meetings(String url, int year) {
    return consortium(url).governance().meetings(year).size();
  }

  /** How many members the database holds. */
  static long members(String url) {
    return consortium(url).membership().list(PageRequest.first(1)).total();
  }
}
