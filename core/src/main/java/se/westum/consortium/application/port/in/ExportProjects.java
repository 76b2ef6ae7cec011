package se.westum.consortium.application.port.in;

/** Use case: read out every project record, for export. */
public interface ExportProjects {

  /** The stored project records. */
  ProjectDataset exportProjects();
}
