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
package se.westum.consortium.examples;

import java.nio.file.Path;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import se.westum.consortium.application.port.in.GovernanceDataset;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.application.port.in.MembershipFiguresQuery;
import se.westum.consortium.application.port.in.ProjectDataset;
import se.westum.consortium.application.service.Consortium;
import se.westum.consortium.csv.CsvDatasetReader;
import se.westum.consortium.csv.CsvDatasets;
import se.westum.consortium.csv.CsvDialect;
import se.westum.consortium.csv.CsvImportException;
import se.westum.consortium.domain.governance.GovernanceFigures;
import se.westum.consortium.domain.membership.MembershipFigures;
import se.westum.consortium.domain.shared.RecordsRefusedException;
import se.westum.consortium.jdbc.JdbcAdapter;

/**
 * Getting started: opens an H2 database through the JDBC adapter, imports a dataset folder (the
 * bundled {@code westum-2016} by default) through the CSV adapter and prints the 2016 figures. It
 * needs consortium-core, consortium-jdbc, consortium-csv and com.h2database:h2, nothing else.
 */
final class GettingStarted {

  private GettingStarted() {}

  public static void main(String[] args) {
    Path folder =
        Path.of(args.length > 0 ? args[0] : "examples/src/main/resources/datasets/westum-2016");

    // Any DataSource will do (your pool, PostgreSQL, MariaDB); here an in-memory H2 database.
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:getting-started;DB_CLOSE_DELAY=-1");
    JdbcAdapter storage = JdbcAdapter.create(dataSource); // creates its tables, own Flyway history
    Consortium consortium = Consortium.builder().storage(storage).build();

    CsvDatasetReader reader = CsvDatasets.reader(CsvDialect.EXCEL_SV);
    try {
      MembershipDataset members = reader.readMembership(folder);
      GovernanceDataset board = reader.readGovernance(folder);
      ProjectDataset projects = reader.readProjects(folder);
      storage
          .transactions()
          .inTransaction( // the three parts all or nothing
              () -> {
                consortium.membership().importDataset(members);
                consortium.governance().importDataset(board);
                return consortium.projects().importDataset(projects);
              });
    } catch (CsvImportException e) { // a file or cell that cannot be read: nothing was imported
      e.problems().forEach(System.err::println);
      System.exit(1);
    } catch (RecordsRefusedException e) { // records the rules refuse: nothing was imported
      e.refused().forEach(System.err::println);
      System.exit(1);
    }

    // Västra Götaland (14) and Halland (13).
    MembershipFigures membership =
        consortium.membership().figures(new MembershipFiguresQuery(2016, Set.of("14", "13")));
    GovernanceFigures governance = consortium.governance().figures(2016);
    System.out.printf(
        "2016: %d paying members covering %d municipalities%n",
        membership.payingMembers(), membership.municipalitiesCovered());
    membership
        .coverage()
        .ifPresent(
            c ->
                System.out.printf(
                    "coverage: %d of %d (%s)%n", c.covered(), c.total(), c.percent()));
    System.out.printf(
        "board: %d meetings + %d strategy days = %d sessions, %d decisions%n",
        governance.boardMeetings(),
        governance.strategyDays(),
        governance.boardSessions(),
        governance.decisions());
  }
}
