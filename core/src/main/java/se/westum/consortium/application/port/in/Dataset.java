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
