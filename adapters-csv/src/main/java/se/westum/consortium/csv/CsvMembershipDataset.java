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
package se.westum.consortium.csv;

import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.shared.RefusedRecord;

/**
 * Pass 2 of an import: a dataset that pass 1 found valid, whose streams read the files again, one
 * row at a time. Should a file have changed since it was checked, the stream throws a {@link
 * CsvImportException} for the first bad row; the core's import transaction then writes nothing. A
 * record the core refuses is placed at its file, line and column: the n-th member, fee or payment
 * is the n-th row of its file.
 */
final class CsvMembershipDataset implements MembershipDataset {

  private final DatasetStreams files;
  private final Locator locator;

  CsvMembershipDataset(DatasetStreams files, ObjectReader rowReader, Path directory) {
    this.files = files;
    this.locator = new Locator(rowReader, directory);
  }

  @Override
  public Stream<Member> members() {
    return files.stream(DatasetFile.MEMBERS, MembershipRows::member);
  }

  @Override
  public Stream<AnnualFee> fees() {
    return files.stream(DatasetFile.FEES, MembershipRows::fee);
  }

  @Override
  public Stream<Payment> payments() {
    return files.stream(DatasetFile.PAYMENTS, MembershipRows::payment);
  }

  @Override
  public List<RefusedRecord> locate(List<RefusedRecord> refused) {
    return locator.locate(refused, CsvMembershipDataset::spot);
  }

  private static Optional<Locator.Spot> spot(RefusedRecord refused) {
    Optional<DatasetFile> file =
        switch (refused.kind()) {
          case "member" -> Optional.of(DatasetFile.MEMBERS);
          case "fee" -> Optional.of(DatasetFile.FEES);
          case "payment" -> Optional.of(DatasetFile.PAYMENTS);
          default -> Optional.empty();
        };
    return file.map(f -> Locator.Spot.nth(f, refused.ordinal(), column(f, refused)));
  }

  // the refused field's column; a record given twice is placed at its key
  private static Column column(DatasetFile file, RefusedRecord refused) {
    Optional<Column> named = Column.inFile(file, refused.field());
    if (named.isPresent() || !refused.field().isEmpty()) {
      return named.orElse(null);
    }
    return file == DatasetFile.MEMBERS ? Column.ORGANISATION_NUMBER : null;
  }
}
