package se.westum.consortium.csv;

import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.Payment;

/**
 * Pass 2 of an import: a dataset that pass 1 found valid, whose streams read the files again, one
 * row at a time. Should a file have changed since it was checked, the stream throws a {@link
 * CsvImportException} for the first bad row; the core's import transaction then writes nothing.
 */
final class CsvMembershipDataset implements MembershipDataset {

  private final ObjectReader rowReader;
  private final CsvDialect dialect;
  private final Path directory;
  private final Set<DatasetFile> present;

  CsvMembershipDataset(
      ObjectReader rowReader, CsvDialect dialect, Path directory, Set<DatasetFile> present) {
    this.rowReader = rowReader;
    this.dialect = dialect;
    this.directory = directory;
    this.present = Set.copyOf(present);
  }

  @Override
  public Stream<Member> members() {
    return stream(DatasetFile.MEMBERS, MembershipRows::member);
  }

  @Override
  public Stream<AnnualFee> fees() {
    return stream(DatasetFile.FEES, MembershipRows::fee);
  }

  @Override
  public Stream<Payment> payments() {
    return stream(DatasetFile.PAYMENTS, MembershipRows::payment);
  }

  private <T> Stream<T> stream(DatasetFile file, Function<RowCells, T> read) {
    if (!present.contains(file)) {
      return Stream.empty();
    }
    return RecordStream.of(rowReader, dialect, directory, file, read);
  }
}
