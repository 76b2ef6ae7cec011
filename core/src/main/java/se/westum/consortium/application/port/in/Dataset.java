package se.westum.consortium.application.port.in;

import java.util.List;
import se.westum.consortium.domain.shared.RefusedRecord;

/**
 * What every dataset an import reads has in common: it can say where in its source a refused record
 * stands. The core checks the records' rules; the adapter that read them turns a record kind,
 * position and field into its own terms (a CSV file, line, column and column name).
 */
public interface Dataset {

  /**
   * The refusals, each placed in the source where the source can tell. Called once per refused
   * import, after its transaction was rolled back, with at most {@code RecordsRefusedException.MAX}
   * refusals.
   *
   * @param refused refusals in the order of the import
   * @return the same refusals in the same order, located where possible
   */
  default List<RefusedRecord> locate(List<RefusedRecord> refused) {
    return refused;
  }
}
