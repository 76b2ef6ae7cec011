package se.westum.consortium.csv;

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

  private final DatasetStreams files;

  CsvMembershipDataset(DatasetStreams files) {
    this.files = files;
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
}
