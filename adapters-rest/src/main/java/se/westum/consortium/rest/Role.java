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

/** What the holder of an API key may do through the REST API. */
public enum Role {
  /** Everything: every read and every change. */
  ADMIN,
  /**
   * Every read (members, fees, payments, governance records, staff and figures) and recording
   * decisions of board meetings; no other change.
   */
  BOARD,
  /**
   * The reads of one member's own data (the member, its fees and its payments), and of the
   * governance records an annual report publishes (board terms, meetings, decisions, goals,
   * events). Another member's resources answer 404 as if they did not exist; the member list, staff
   * and figures answer 403.
   */
  MEMBER
}
