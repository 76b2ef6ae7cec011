package se.westum.consortium.examples;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import se.westum.consortium.application.port.in.ImportSummary;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.application.port.in.MembershipFiguresQuery;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.csv.CsvDatasets;
import se.westum.consortium.csv.CsvDialect;
import se.westum.consortium.domain.membership.MembershipFigures;
import se.westum.consortium.jdbc.JdbcAdapter;

/**
 * How a host application embeds the core with the JDBC and CSV adapters (the README shows this
 * class). Run it with a dataset directory, for example one written by {@code consortium export}.
 */
final class EmbeddingExample {

  private EmbeddingExample() {}

  public static void main(String[] args) {
    // Any DataSource will do: the host's connection pool, PostgreSQL, MariaDB; here in-memory H2.
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:embedding;DB_CLOSE_DELAY=-1");

    // The JDBC adapter creates or upgrades its own tables, with its own Flyway history table.
    Consortium consortium =
        Consortium.builder()
            .storage(JdbcAdapter.create(dataSource))
            .clock(Clock.systemDefaultZone())
            .build();

    // Read a folder of CSV files; every bad row is reported and then nothing is imported.
    MembershipDataset dataset =
        CsvDatasets.reader(CsvDialect.EXCEL_SV).readMembership(Path.of(args[0]));
    ImportSummary summary = consortium.membership().importDataset(dataset);

    // Västra Götaland (14) and Halland (13).
    MembershipFigures figures =
        consortium.membership().figures(new MembershipFiguresQuery(2016, Set.of("14", "13")));
    System.out.printf(
        "Imported %d members. In 2016, %d paying members covered %d municipalities.%n",
        summary.of("member").read(), figures.payingMembers(), figures.municipalitiesCovered());
  }
}
