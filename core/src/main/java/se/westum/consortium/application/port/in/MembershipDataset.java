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
