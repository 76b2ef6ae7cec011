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
 * Which slice of a long list to return.
 *
 * @param page zero-based page number
 * @param size items per page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

  /** A page number below zero. */
  public static final String PAGE_NEGATIVE = "page-negative";

  /** A page size out of range. */
  public static final String SIZE_OUT_OF_RANGE = "size-out-of-range";

  /** The largest page a caller may ask for. */
  public static final int MAX_SIZE = 500;

  /** Rejects negative pages and sizes outside 1..{@value #MAX_SIZE}. */
  public PageRequest {
    if (page < 0) {
      throw ValidationException.of("page", PAGE_NEGATIVE, "page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ValidationException.of("size", SIZE_OUT_OF_RANGE, "size must be 1 to " + MAX_SIZE);
    }
  }

  /** The first page of the given size. */
  public static PageRequest first(int size) {
    return new PageRequest(0, size);
  }

  /** The index of the first item of this page. */
  public long offset() {
    return (long) page * size;
  }
}
