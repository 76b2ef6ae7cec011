package se.westum.consortium.csv;

import java.util.List;
import java.util.stream.Stream;
import se.westum.consortium.application.port.in.MembershipDataset;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.Payment;

/** A dataset held in lists, for tests of the writer. */
final class InMemoryDataset implements MembershipDataset {

  private final List<Member> members;
  private final List<AnnualFee> fees;
  private final List<Payment> payments;

  InMemoryDataset(List<Member> members, List<AnnualFee> fees, List<Payment> payments) {
    this.members = List.copyOf(members);
    this.fees = List.copyOf(fees);
    this.payments = List.copyOf(payments);
  }

  @Override
  public Stream<Member> members() {
    return members.stream();
  }

  @Override
  public Stream<AnnualFee> fees() {
    return fees.stream();
  }

  @Override
  public Stream<Payment> payments() {
    return payments.stream();
  }
}
