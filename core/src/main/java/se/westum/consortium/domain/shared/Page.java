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

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with the total so a client can page on.
 *
 * @param items the items of this page
 * @param page zero-based page number
 * @param size requested page size
 * @param total number of items in the whole list
 * @param <T> the item type
 */
public record Page<T>(List<T> items, int page, int size, long total) {

  /** Copies the items defensively. */
  public Page {
    items = List.copyOf(items);
  }

  /** The page of {@code all} that {@code request} asks for. */
  public static <T> Page<T> of(List<T> all, PageRequest request) {
    int from = (int) Math.min(all.size(), request.offset());
    int to = Math.min(all.size(), from + request.size());
    return new Page<>(all.subList(from, to), request.page(), request.size(), all.size());
  }

  /** The same page with each item mapped. */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
  }
}
