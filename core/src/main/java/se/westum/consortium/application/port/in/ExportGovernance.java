package se.westum.consortium.application.port.in;

/** Use case: read out every governance record, for export. */
public interface ExportGovernance {

  /** The stored governance records; each stream reads from storage and must be closed. */
  GovernanceDataset exportGovernance();
}
