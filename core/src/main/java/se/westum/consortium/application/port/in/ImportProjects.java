package se.westum.consortium.application.port.in;

/** Use case: import a whole project dataset, all or nothing. */
public interface ImportProjects {

  /**
   * Imports the dataset in one transaction, in dependency order (programmes, projects, partners,
   * working groups, activities, indicators, mobility grants, mobilities, staff). Each record is
   * checked by the same rules as its record use case; records replace stored ones with the same id,
   * and a record equal to the stored one is not rewritten, so importing twice changes nothing.
   *
   * @return per record kind ({@code programme}, {@code project}, {@code partner}, {@code
   *     working-group}, {@code activity}, {@code indicator}, {@code mobility-grant}, {@code
   *     mobility}, {@code staff}) how many records were new, changed and unchanged
   * @throws se.westum.consortium.domain.shared.RecordsRefusedException naming every refused record
   *     (the first hundred) with its rule's code and field, located by the dataset; then nothing is
   *     written
   */
  ImportSummary importProjects(ProjectDataset dataset);
}
