package se.westum.consortium.csv;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
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
    CsvRows rows;
    try {
      rows = CsvRows.open(rowReader, directory.resolve(file.fileName()), file.fileName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Header header = header(file, rows);
      Iterator<T> records = new Records<>(rows, header, read);
      return StreamSupport.stream(
              Spliterators.spliteratorUnknownSize(
                  records, Spliterator.ORDERED | Spliterator.NONNULL),
              false)
          .onClose(() -> close(rows));
    } catch (RuntimeException e) {
      close(rows);
      throw e;
    }
  }

  private static Header header(DatasetFile file, CsvRows rows) {
    Optional<CsvRow> first = nextRow(rows);
    if (first.isEmpty()) {
      throw changed(file, "the file is empty");
    }
    Header header = Header.of(file, first.get());
    if (!header.problems().isEmpty()) {
      throw new CsvImportException(header.problems());
    }
    return header;
  }

  private static Optional<CsvRow> nextRow(CsvRows rows) {
    try {
      return rows.next();
    } catch (MalformedCsvException e) {
      throw new CsvImportException(List.of(e.problem()));
    }
  }

  private static CsvImportException changed(DatasetFile file, String reason) {
    return new CsvImportException(
        List.of(
            new CsvProblem(
                file.fileName(), 0, 0, "", reason + " (it changed after it was checked)")));
  }

  private static void close(CsvRows rows) {
    try {
      rows.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads ahead one record, so {@code hasNext} can answer. */
  private final class Records<T> implements Iterator<T> {

    private final CsvRows rows;
    private final Header header;
    private final Function<RowCells, T> read;
    private T ahead;

    Records(CsvRows rows, Header header, Function<RowCells, T> read) {
      this.rows = rows;
      this.header = header;
      this.read = read;
    }

    @Override
    public boolean hasNext() {
      if (ahead == null) {
        Optional<CsvRow> row = nextRow(rows);
        if (row.isPresent()) {
          RowCells cells = new RowCells(header, row.get(), dialect);
          T record = cells.misaligned() ? null : read.apply(cells);
          if (record == null) {
            throw new CsvImportException(cells.problems());
          }
          ahead = record;
        }
      }
      return ahead != null;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      T record = ahead;
      ahead = null;
      return record;
    }
  }
}
