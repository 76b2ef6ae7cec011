package se.westum.consortium.application.port.in;

/** Use case: import a whole project dataset, all or nothing. */
public interface ImportProjects {

  /**
   * Imports the dataset in one transaction, in dependency order (programmes, projects, partners,
   * groups, activities, indicators, grants, mobilities). Records replace stored ones with the same
   * id, so importing twice changes nothing.
   *
   * @return how many records were read
   * @throws se.westum.consortium.domain.shared.DomainException if any record is refused; then
   *     nothing is written
   */
  int importProjects(ProjectDataset dataset);
}
