package se.westum.consortium.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits bulk writes so each key look-up binds a bounded number of parameters. */
final class Chunks {

  /**
   * Records per chunk: one key query, then one batch per statement. Well below PostgreSQL's limit
   * of 32,767 bind parameters per statement.
   */
  static final int SIZE = 1000;

  private Chunks() {}

  static <T> List<List<T>> of(Collection<T> items) {
    List<T> all = List.copyOf(items);
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += SIZE) {
      chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
    }
    return chunks;
  }
}
