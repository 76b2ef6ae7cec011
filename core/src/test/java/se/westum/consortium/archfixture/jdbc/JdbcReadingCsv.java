package se.westum.consortium.archfixture.jdbc;

import se.westum.consortium.archfixture.csv.CsvThing;

/** Bad: one adapter depending on another. */
public final class JdbcReadingCsv {
  /** The dependency. */
  public CsvThing thing() {
    return null;
  }
}
