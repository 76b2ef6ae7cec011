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
import java.util.Optional;
import se.westum.consortium.domain.membership.AnnualFee;
import se.westum.consortium.domain.membership.Member;
import se.westum.consortium.domain.membership.MembershipFigures;
import se.westum.consortium.domain.membership.Payment;
import se.westum.consortium.domain.shared.OrganisationNumber;
import se.westum.consortium.domain.shared.Page;
import se.westum.consortium.domain.shared.PageRequest;

/**
 * Membership: members, their annual fees and payments, and the membership figures of a year.
 * Reached as {@code consortium.membership()}.
 *
 * <p>Every command is validated at this boundary: a method given an invalid command throws {@link
 * se.westum.consortium.domain.shared.ValidationException} listing every invalid field. Recording a
 * record runs the same rules {@link #importDataset} runs for it, with the same codes.
 */
public interface Membership {

  /**
   * Registers a new member.
   *
   * @return the stored member, version 1
   * @throws se.westum.consortium.domain.shared.ValidationException listing every invalid field
   * @throws se.westum.consortium.domain.shared.ConflictException if the number is already a member
   */
  Member register(RegisterMemberCommand command);

  /**
   * Changes a member's details, guarded by optimistic locking.
   *
   * @return the stored member with its new version
   * @throws se.westum.consortium.domain.shared.ValidationException listing every invalid field
   * @throws se.westum.consortium.domain.shared.NotFoundException if there is no such member
   * @throws se.westum.consortium.domain.shared.ConflictException if the member was changed since
   *     {@code expectedVersion}
   */
  Member change(ChangeMemberCommand command);

  /**
   * Ends a membership on the given day (today when none is given).
   *
   * @return the stored member
   * @throws se.westum.consortium.domain.shared.NotFoundException if there is no such member
   * @throws se.westum.consortium.domain.shared.ValidationException if the day is before it joined
   */
  Member end(EndMembershipCommand command);

  /**
   * Sets or replaces a member's fee for a year.
   *
   * @return the fee as stored
   * @throws se.westum.consortium.domain.shared.NotFoundException if there is no such member
   * @throws se.westum.consortium.domain.shared.ValidationException if the input is invalid or the
   *     currency differs from payments already recorded for the year
   */
  AnnualFee setFee(SetAnnualFeeCommand command);

  /**
   * Records a member's payment of its fee (once, however often it is sent).
   *
   * @return the payment
   * @throws se.westum.consortium.domain.shared.NotFoundException if there is no such member
   * @throws se.westum.consortium.domain.shared.ValidationException if the input is invalid or the
   *     currency differs from the fee's
   */
  Payment recordPayment(RecordPaymentCommand command);

  /** The member with this organisation number. */
  Optional<Member> find(OrganisationNumber organisationNumber);

  /** A page of members ordered by organisation number. */
  Page<Member> list(PageRequest request);

  /**
   * A member's fees, ordered by year.
   *
   * @throws se.westum.consortium.domain.shared.NotFoundException if there is no such member
   */
  List<AnnualFee> fees(OrganisationNumber organisationNumber);

  /**
   * A member's payments, ordered by year and date.
   *
   * @throws se.westum.consortium.domain.shared.NotFoundException if there is no such member
   */
  List<Payment> payments(OrganisationNumber organisationNumber);

  /**
   * The membership figures of a year, computed from the records: paying members, distinct
   * municipalities they cover, and the coverage of chosen counties.
   *
   * @throws se.westum.consortium.domain.shared.ValidationException for an invalid year or an
   *     unknown county
   */
  MembershipFigures figures(MembershipFiguresQuery query);

  /**
   * Imports a whole membership dataset in one transaction, writing in batches, all or nothing.
   * Every record is checked by the same rules as its record method ({@link #register}, {@link
   * #setFee}, {@link #recordPayment}): a fee's and a payment's member exists (in storage or earlier
   * in the dataset), a payment is in its fee's currency, each record is given once. Records are
   * matched on their natural keys (members: organisation number; fees: member and year; payments:
   * member, year, date and amount): an existing record is updated, never duplicated, and a record
   * equal to the stored one is not rewritten, so importing the same dataset twice changes nothing
   * and no version.
   *
   * @return per record kind ({@code member}, {@code fee}, {@code payment}) how many were new,
   *     changed and unchanged
   * @throws se.westum.consortium.domain.shared.RecordsRefusedException naming every refused record
   *     (the first 100) with its rule's code, placed by {@link MembershipDataset#locate}; then
   *     nothing is written
   */
  ImportSummary importDataset(MembershipDataset dataset);

  /**
   * Every stored membership record, for an export; each stream reads lazily from storage and must
   * be closed.
   */
  MembershipDataset export();
}
