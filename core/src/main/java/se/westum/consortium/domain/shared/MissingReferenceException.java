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
package se.westum.consortium.domain.shared;

import java.util.Objects;

/**
 * A record names another record that does not exist: a mobility's sending member, an activity's
 * responsible partner, a decision's meeting. Not the same as {@link NotFoundException}, which says
 * that the record asked for does not exist: this one is about the input, so REST answers it as a
 * problem with the named field and CSV at the row and column of the reference.
 */
public final class MissingReferenceException extends DomainException {

  /** The code of every missing reference. */
  public static final String CODE = "missing-reference";

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String kind;
  private final String id;

  /**
   * Creates the error.
   *
   * @param field the referring field, for example {@code sendingMember}
   * @param kind the kind of record referred to, for example {@code member}
   * @param id the id that names no such record (never personal data)
   */
  public MissingReferenceException(String field, String kind, String id) {
    this(field, kind, id, "");
  }

  /**
   * Creates the error with a detail, for example {@code "in project KOBRA"}.
   *
   * @param field the referring field
   * @param kind the kind of record referred to
   * @param id the id that names no such record
   * @param detail where the record was looked for, or empty
   */
  public MissingReferenceException(String field, String kind, String id, String detail) {
    super(
        CODE,
        field + ": no " + kind + " " + Shown.value(id) + (detail.isEmpty() ? "" : " " + detail));
    this.field = Objects.requireNonNull(field, "field");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.id = Objects.requireNonNull(id, "id");
  }

  /** The referring field. */
  public String field() {
    return field;
  }

  /** The kind of record referred to. */
  public String kind() {
    return kind;
  }

  /** The id that names no such record. */
  public String id() {
    return id;
  }
}
