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

/**
 * The storage limits of every record, as domain limits: each value a record accepts fits every
 * supported database (H2, PostgreSQL, MariaDB). One constant per limit, used by the domain, by the
 * command annotations and named in the migrations' comments, so the three cannot drift apart.
 */
public final class Limits {

  /** Most characters of an identifier ({@code VARCHAR(40)}). */
  public static final int ID = 40;

  /**
   * Most characters of a name or a one-line text such as a place or a role ({@code VARCHAR(200)}).
   */
  public static final int NAME = 200;

  /** Most characters of a role held by staff ({@code VARCHAR(100)}). */
  public static final int ROLE = 100;

  /** Most characters of a title ({@code VARCHAR(300)}). */
  public static final int TITLE = 300;

  /** Most characters of a text that may span lines, such as a subject ({@code VARCHAR(2000)}). */
  public static final int TEXT = 2000;

  /**
   * Most characters of a list stored joined by {@code |} in one column, such as a training's topics
   * ({@code VARCHAR(2000)}): the ids' lengths and one separator between each two.
   */
  public static final int LIST = 2000;

  /** Integer digits of an amount of money ({@code DECIMAL(14, 2)}). */
  public static final int MONEY_INTEGER_DIGITS = 12;

  /** Decimals of an amount of money. */
  public static final int MONEY_SCALE = 2;

  /** Integer digits of a percentage ({@code DECIMAL(4, 1)}: up to 100.0). */
  public static final int PERCENT_INTEGER_DIGITS = 3;

  /** Decimals of a percentage. */
  public static final int PERCENT_SCALE = 1;

  /** Integer digits of an indicator value ({@code DECIMAL(19, 4)}). */
  public static final int INDICATOR_INTEGER_DIGITS = 15;

  /** Decimals of an indicator value. */
  public static final int INDICATOR_SCALE = 4;

  /** Integer digits of a coordinate in degrees ({@code DECIMAL(11, 8)}: up to 180). */
  public static final int COORDINATE_INTEGER_DIGITS = 3;

  /** Decimals of a coordinate in degrees. */
  public static final int COORDINATE_SCALE = 8;

  /** The first year a record may name. */
  public static final int FIRST_YEAR = 1900;

  /** The last year a record may name. */
  public static final int LAST_YEAR = 2100;

  /** The largest count (participants, places, days) a record may hold ({@code INTEGER}). */
  public static final int COUNT = 1_000_000;

  private Limits() {}
}
