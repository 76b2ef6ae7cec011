package se.westum.consortium.examples;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import picocli.CommandLine.Command;
import se.westum.consortium.csv.CsvDatasets;
import se.westum.consortium.csv.CsvDialect;
import se.westum.consortium.domain.governance.GovernanceFigures;
import se.westum.consortium.domain.membership.MembershipFigures;
import se.westum.consortium.jdbc.JdbcAdapter;

/** {@code consortium demo}: the bundled Westum 2016 dataset, imported and counted in memory. */
@Command(
    name = "demo",
    header = "Shows the membership and governance figures of the bundled Westum 2016 dataset.",
    description =
        "Imports the bundled Westum 2016 dataset (excel-sv) into an in-memory H2 database"
            + " and prints the membership figures and the governance figures for 2016. Touches"
            + " no files of yours.")
final class DemoCommand extends ConsortiumCommand {

  static final String URL = "jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1";
  static final int YEAR = 2016;

  @Override
  int run() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(URL);
    try {
      StoredConsortium target = StoredConsortium.over(JdbcAdapter.create(dataSource));
      DatasetImport.Summary summary;
      try (BundledDataset dataset = BundledDataset.extract()) {
        summary =
            DatasetImport.read(CsvDatasets.reader(CsvDialect.EXCEL_SV), dataset.directory())
                .into(target);
      }
      MembershipFigures membership =
          target
              .consortium()
              .membershipFigures()
              .figures(FiguresReport.query(YEAR, FiguresReport.DEFAULT_COUNTIES));
      GovernanceFigures governance =
          target.consortium().governanceFigures().governanceFigures(YEAR);
      out()
          .println(
              "Imported the bundled dataset "
                  + BundledDataset.NAME
                  + " into an in-memory H2 database:");
      summary.print(out());
      out().println();
      FiguresReport.of(membership, FiguresReport.DEFAULT_COUNTIES).printText(out());
      out().println();
      GovernanceReport.of(governance).printText(out());
      return OK;
    } finally {
      shutDown(dataSource);
    }
  }

  // DB_CLOSE_DELAY=-1 keeps the database for the JVM's life; a demo run should leave nothing.
  private static void shutDown(JdbcDataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }
}
