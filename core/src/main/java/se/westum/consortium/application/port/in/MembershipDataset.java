package se.westum.consortium.application.port.in;

import java.util.stream.Stream;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.Payment;

/**
 * The membership records as a whole, for import and export. Each method opens a fresh stream that
 * the caller must close; a file- or database-backed dataset reads lazily, so a large dataset is
 * never held in memory. Records are numbered from 1 per kind in the order of their stream (the
 * ordinal of a {@link se.westum.consortium.domain.shared.RefusedRecord}).
 */
public interface MembershipDataset extends Dataset {

  /** The members. */
  Stream<Member> members();

  /** The annual fees. */
  Stream<AnnualFee> fees();

  /** The payments. */
  Stream<Payment> payments();
}
