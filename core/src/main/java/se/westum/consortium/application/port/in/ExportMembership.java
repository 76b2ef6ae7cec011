package se.westum.consortium.application.port.in;

/** Use case: read out every membership record, for export. */
public interface ExportMembership {

  /** The stored membership records; each stream reads lazily from storage and must be closed. */
  MembershipDataset export();
}
