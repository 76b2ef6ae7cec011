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
