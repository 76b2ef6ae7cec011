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
package se.westum.consortium.rest;

/** Who may call an operation. */
enum Access {
  /** Anyone, without a key. */
  PUBLIC,
  /** {@link Role#ADMIN} only: the changes (recording a decision has its own rule). */
  ADMIN,
  /**
   * {@link Role#ADMIN} and {@link Role#BOARD}: reads across all members, of staff data and of
   * figures.
   */
  READ_ALL,
  /**
   * {@link Role#ADMIN}, {@link Role#BOARD}, and a {@link Role#MEMBER} for its own member: reads of
   * one member's data, addressed by the path parameter {@code organisationNumber}.
   */
  READ_OWN_MEMBER,
  /**
   * Every role: reads of the records an annual report publishes anyway (board terms, meetings,
   * decisions, goals, events; programmes, projects, partners, working groups, activities,
   * indicators) and the travel-grant calculator. Staff data and mobilities are not among them.
   */
  READ_PUBLISHED,
  /**
   * {@link Role#ADMIN}, {@link Role#BOARD}, and a {@link Role#MEMBER} for the mobilities its own
   * organisation sends: the handler answers another organisation's mobility 404 and filters lists,
   * since which organisation sends a mobility is known only once it is read.
   */
  READ_OWN_MOBILITIES,
  /**
   * {@link Role#ADMIN}, and a {@link Role#MEMBER} recording a mobility its own organisation sends
   * (the handler checks the body's {@code sendingMember} and any stored mobility: else 403).
   */
  RECORD_OWN_MOBILITY,
  /**
   * {@link Role#ADMIN} and {@link Role#BOARD}: recording a decision of a board meeting, and
   * approving or rejecting a training by one.
   */
  RECORD_DECISION,
  /**
   * {@link Role#ADMIN}, {@link Role#BOARD}, and a {@link Role#MEMBER} for the project partners that
   * are its own organisation: the handler answers another partner's broker or visit 404 and filters
   * lists, since whose a visit is is known only once its broker is read.
   */
  READ_OWN_PARTNER,
  /**
   * {@link Role#ADMIN}, and a {@link Role#MEMBER} recording a visit by its own partner's broker or
   * proposing a training its own partner delivers (the handler's guard checks the body and any
   * stored record inside the write's transaction: else 403).
   */
  RECORD_OWN_PARTNER
}
